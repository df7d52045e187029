/// The canonical status of a porting order (see docs/domain.md).
public enum OrderStatus: String, CaseIterable, Sendable, Comparable {
    case draft
    case awaitingSignature = "awaiting_signature"
    case inReview = "in_review"
    case submitted
    case exception
    case suppPending = "supp_pending"
    case focConfirmed = "foc_confirmed"
    case completed
    case partiallyCompleted = "partially_completed"
    case cancelPending = "cancel_pending"
    case cancelled
    case expired

    /// The status a stored text names, found by hash: every order and number is asked for its
    /// status several times a build, and the synthesized form compares the text with each case.
    public init?(rawValue: String) {
        guard let status = Self.byRawValue[rawValue] else { return nil }
        self = status
    }

    private static let byRawValue = Dictionary(uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })

    /// A terminal status never changes again.
    public var isTerminal: Bool {
        switch self {
        case .completed, .partiallyCompleted, .cancelled, .expired: return true
        default: return false
        }
    }

    /// An open order still claims its numbers: not terminal and not a draft.
    public var isOpen: Bool { !isTerminal && self != .draft }

    /// The label shown to people.
    public var label: String {
        switch self {
        case .draft: return "Draft"
        case .awaitingSignature: return "Awaiting signature"
        case .inReview: return "In review"
        case .submitted: return "Submitted"
        case .exception: return "Exception"
        case .suppPending: return "Supplement pending"
        case .focConfirmed: return "FOC confirmed"
        case .completed: return "Completed"
        case .partiallyCompleted: return "Partially completed"
        case .cancelPending: return "Cancel pending"
        case .cancelled: return "Cancelled"
        case .expired: return "Expired"
        }
    }

    /// Position in the lifecycle, used for sorting.
    public var rank: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (lhs: OrderStatus, rhs: OrderStatus) -> Bool { lhs.rank < rhs.rank }
}
