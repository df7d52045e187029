/// One porting order, as stored in the `orders` table.
///
/// Status and subscriber type stay raw text: real data holds values outside the contract, and the
/// dashboards show those as they are rather than dropping the order.
public struct Order: Sendable, Equatable {
    public var id: String
    public var status: String
    public var subscriberType: String?
    public var ownerName: String?
    public var businessName: String?
    public var addressLine1: String?
    public var addressLine2: String?
    public var city: String?
    public var region: String?
    public var postalCode: String?
    public var country: String?
    public var losingCarrierId: Int64?
    public var accountNumber: String?
    /// The losing carrier's PIN. Read only so it can be checked for presence; never rendered.
    public var pin: String?
    public var btn: String?
    public var assignTempNumbers: Bool
    public var requestedPortDate: String?
    public var focDate: String?
    public var createdAt: String?
    public var submittedAt: String?
    public var updatedAt: String?
    public var completedAt: String?
    public var restartedFrom: String?

    public init(id: String, status: String) {
        self.id = id
        self.status = status
        self.assignTempNumbers = false
    }

    /// The status, when it is one of the contract's.
    public var knownStatus: OrderStatus? { OrderStatus(rawValue: status) }

    /// The subscriber type, when it is one of the contract's.
    public var knownSubscriberType: SubscriberType? { subscriberType.flatMap(SubscriberType.init(rawValue:)) }
}
