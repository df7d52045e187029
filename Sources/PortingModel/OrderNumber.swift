/// One number on a porting order (`order_numbers`).
public struct OrderNumber: Sendable, Equatable {
    public var orderId: String
    public var number: String
    public var status: String
    public var focDate: String?
    public var rejectionCode: String?
    public var rejectionReason: String?
    public var portedAt: String?

    public init(orderId: String, number: String, status: String) {
        self.orderId = orderId
        self.number = number
        self.status = status
    }

    /// The code a rejection is counted under: the rejection code, else `REJECTED` when only a
    /// reason is given; nil when the number was not rejected. The one rule for every page and figure.
    public var rejectionKey: String? {
        rejectionCode ?? rejectionReason.map { _ in "REJECTED" }
    }

    /// The status, when it is one of the contract's.
    public var knownStatus: NumberStatus? { NumberStatus(rawValue: status) }
}
