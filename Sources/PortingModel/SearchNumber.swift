/// A number the site-wide search finds, and where it is: on an order, as an order's BTN, or as a
/// temporary number standing in for a number being ported.
public struct SearchNumber: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case onOrder = "n"
        case btn = "b"
        case temporary = "t"
    }

    public var number: String
    public var kind: Kind
    public var orderId: String
    /// The number's status (on an order), the order's status (BTN), or the number it stands in for.
    public var detail: String

    public init(number: String, kind: Kind, orderId: String, detail: String) {
        self.number = number
        self.kind = kind
        self.orderId = orderId
        self.detail = detail
    }
}
