/// Whether an order is for a business or a residential subscriber.
public enum SubscriberType: String, CaseIterable, Sendable {
    case business
    case residential
}

/// Where a number in the inventory came from.
public enum NumberSource: String, CaseIterable, Sendable {
    case claimed
    case ported
    case temporary

    /// The label shown to people.
    public var label: String {
        switch self {
        case .claimed: return "Claimed"
        case .ported: return "Ported"
        case .temporary: return "Temporary"
        }
    }
}

/// The state of a temporary number mapping.
public enum TempState: String, CaseIterable, Sendable {
    case active
    case swapped
    case released

    /// The label shown to people.
    public var label: String {
        switch self {
        case .active: return "Active"
        case .swapped: return "Swapped"
        case .released: return "Released"
        }
    }
}
