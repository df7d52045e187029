/// The rows of a large table as plain strings, for the theme's compiled row templates
/// (`templates/rows/<kind>.mustache`), which render them without reflection.
public struct RowSet: Sendable {
    /// The kinds of row and the fields each offers, in order.
    public static let kinds: [String: [String]] = [
        "order-number": [
            "number", "e164", "statusCode", "statusLabel", "statusTone", "statusSymbol", "foc", "ported",
            "rejectionCode", "rejectionReason", "temp", "tempLabel", "tempTone", "tempSymbol",
        ],
        "loa-number": ["number"],
        "temp-number": [
            "temp", "tempE164", "ported", "orderId", "orderHref", "assignee", "assigned", "stateLabel", "stateTone",
            "stateSymbol", "days", "since", "until",
        ],
        "inventory-entry": [
            "number", "e164", "anchor", "source", "sourceCode", "status", "assignee", "assigned",
            "orderId", "orderHref", "acquired",
        ],
    ]

    public let kind: String
    /// One array of field values per row, in the order of `RowSet.kinds[kind]`.
    public var values: [[String]]

    public init(kind: String, values: [[String]] = []) {
        precondition(Self.kinds[kind] != nil, "unknown row kind \(kind)")
        self.kind = kind
        self.values = values
    }
}
