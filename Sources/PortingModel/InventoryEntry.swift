/// One number of the account's inventory (`phone_numbers`).
public struct InventoryEntry: Sendable, Equatable {
    public var number: String
    public var source: String
    public var status: String?
    public var userId: Int64?
    public var orderId: String?
    public var acquiredAt: String?

    public init(number: String, source: String) {
        self.number = number
        self.source = source
    }

    /// The source, when it is one of the contract's.
    public var knownSource: NumberSource? { NumberSource(rawValue: source) }
}
