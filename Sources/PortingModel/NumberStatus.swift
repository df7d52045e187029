/// The status of one number on a porting order.
public enum NumberStatus: String, CaseIterable, Sendable {
    case pending
    case notPortable = "not_portable"
    case submitted
    case rejected
    case focConfirmed = "foc_confirmed"
    case ported
    case cancelPending = "cancel_pending"
    case cancelled

    /// The status a stored text names, found by hash: every order and number is asked for its
    /// status several times a build, and the synthesized form compares the text with each case.
    public init?(rawValue: String) {
        guard let status = Self.byRawValue[rawValue] else { return nil }
        self = status
    }

    private static let byRawValue = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })

    /// The label shown to people.
    public var label: String {
        switch self {
        case .pending: return "Pending"
        case .notPortable: return "Not portable"
        case .submitted: return "Submitted"
        case .rejected: return "Rejected"
        case .focConfirmed: return "FOC confirmed"
        case .ported: return "Ported"
        case .cancelPending: return "Cancel pending"
        case .cancelled: return "Cancelled"
        }
    }
}
