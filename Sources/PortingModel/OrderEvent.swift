/// One entry of an order's history (`order_events`).
public struct OrderEvent: Sendable, Equatable {
    public var id: Int64
    public var orderId: String
    /// The number the event is about, or nil when it is about the whole order.
    public var number: String?
    public var at: String
    public var fromStatus: String?
    public var toStatus: String?
    public var actor: String?
    public var note: String?

    public init(id: Int64, orderId: String, at: String) {
        self.id = id
        self.orderId = orderId
        self.at = at
    }
}
