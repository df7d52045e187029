/// A temporary number standing in for a number being ported (`temp_numbers`).
public struct TempMapping: Sendable, Equatable {
    public var orderId: String
    public var portedNumber: String
    public var tempNumber: String
    public var assignedAt: String?
    public var swappedAt: String?
    public var state: String

    public init(orderId: String, portedNumber: String, tempNumber: String, state: String) {
        self.orderId = orderId
        self.portedNumber = portedNumber
        self.tempNumber = tempNumber
        self.state = state
    }

    /// The state, when it is one of the contract's.
    public var knownState: TempState? { TempState(rawValue: state) }
}
