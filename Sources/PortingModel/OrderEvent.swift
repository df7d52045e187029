/// One entry of an order's history (`order_events`).
public struct OrderEvent: Sendable, Equatable {
    public var id: Int64
    public var orderId: String
    /// The number the event is about, or nil when it is about the whole order.
    public var number: String?
    public var at: String { didSet { seconds = Timestamp.seconds(at) } }
    /// `at` read as seconds since 1970, nil when it is not an ISO 8601 time: read once here, where
    /// the figures, the changes log and the feeds each read it again for every event of every order.
    public private(set) var seconds: Int64?
    public var fromStatus: String?
    public var toStatus: String?
    public var actor: String?
    public var note: String?

    public init(id: Int64, orderId: String, at: String) {
        self.id = id
        self.orderId = orderId
        self.at = at
        seconds = Timestamp.seconds(at)
    }
}
