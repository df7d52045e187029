/// Limits of the porting domain.
public enum Rules {
    /// At most this many numbers on one order.
    public static let maxNumbersPerOrder = 1_000
}

/// What the validator may look up beyond the rows it is given.
public struct References: Sendable {
    public var carrierIds: Set<Int64>
    public var userIds: Set<Int64>
    public var orderIds: Set<String>

    public init(carrierIds: Set<Int64> = [], userIds: Set<Int64> = [], orderIds: Set<String> = []) {
        self.carrierIds = carrierIds
        self.userIds = userIds
        self.orderIds = orderIds
    }
}
