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
