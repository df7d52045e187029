/// An order with every row that belongs to it, read together so one page can be built from it.
public struct OrderBundle: Sendable, Equatable {
    public var order: Order
    public var numbers: [OrderNumber]
    public var events: [OrderEvent]
    public var notifications: [String]
    public var tempMappings: [TempMapping]
    public var signature: LoaSignature?
    /// The numbers' tally when it is already known: kept from an earlier build (then `numbers` was
    /// not read), or made once from `numbers` before the figures read it; see `tally`.
    public var keptTally: NumberTally?
    /// Read without what only the order's own pages show (its address and PIN, notifications,
    /// temporary numbers and LOA signature): a rebuild reads every unchanged order so, for the
    /// site's figures, and reads a changed one whole (`Snapshot.forEachOrder(slim:)`).
    public var slim = false

    /// What the figures need of the numbers: the kept tally, else one made from `numbers`.
    public var tally: NumberTally { keptTally ?? NumberTally(numbers) }

    public init(
        order: Order, numbers: [OrderNumber] = [], events: [OrderEvent] = [], notifications: [String] = [],
        tempMappings: [TempMapping] = [], signature: LoaSignature? = nil
    ) {
        self.order = order
        self.numbers = numbers
        self.events = events
        self.notifications = notifications
        self.tempMappings = tempMappings
        self.signature = signature
    }
}
