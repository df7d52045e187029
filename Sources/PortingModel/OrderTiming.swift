/// The moments of an order that the carrier and aging figures measure (see docs/metrics.md), read
/// from the order and its history.
public struct OrderTiming: Sendable, Equatable {
    public var submittedAt: String? { didSet { submitted = Timestamp.seconds(submittedAt) } }
    /// The first time the order went to `foc_confirmed` (its history), when it did.
    public var focConfirmedAt: String? { didSet { foc = Timestamp.seconds(focConfirmedAt) } }
    public var completedAt: String? { didSet { completed = Timestamp.seconds(completedAt) } }
    /// The three times above as seconds, read once: every figure asks for the spans between them.
    private var submitted: Int64?, foc: Int64?, completed: Int64?
    /// The last time the order went to `exception`.
    public var lastExceptionAt: String?
    /// The last time the order went to `awaiting_signature`.
    public var awaitingSignatureSince: String?
    /// Ported in full or in part (`completed` or `partially_completed`).
    public var isCompleted: Bool
    /// Rejected at least once: an event into `exception`, or a number with a `rejectionKey`.
    public var wasRejected: Bool

    /// Borrowing: the figures' stage and the renderer make one for each order, and an owned
    /// bundle would be a copy (every string of the order retained and released).
    public init(_ bundle: borrowing OrderBundle) {
        submittedAt = bundle.order.submittedAt
        completedAt = bundle.order.completedAt
        let status = bundle.order.knownStatus
        isCompleted = status == .completed || status == .partiallyCompleted
        submitted = Timestamp.seconds(submittedAt)
        completed = Timestamp.seconds(completedAt)
        var rejected = false
        for event in bundle.events {
            switch event.toStatus {
            case OrderStatus.focConfirmed.rawValue?:
                if focConfirmedAt == nil {
                    focConfirmedAt = event.at
                    foc = event.seconds
                }
            case OrderStatus.exception.rawValue?:
                lastExceptionAt = event.at
                rejected = true
            case OrderStatus.awaitingSignature.rawValue?: awaitingSignatureSince = event.at
            default: break
            }
        }
        wasRejected = rejected || (bundle.keptTally?.anyRejected ?? bundle.numbers.contains { $0.rejectionKey != nil })
    }

    /// A span the figures measure, when both ends are dates and in order.
    public struct Span: Sendable, Equatable {
        public var start: Int64
        public var end: Int64
    }

    /// Submission to FOC confirmed, for orders whose history has an FOC confirmation.
    public var submissionToFoc: Span? { span(submitted, foc) }

    /// FOC confirmed to completion, for completed orders.
    public var focToCompletion: Span? { isCompleted ? span(foc, completed) : nil }

    /// Submission to completion, for completed orders.
    public var submissionToCompletion: Span? { isCompleted ? span(submitted, completed) : nil }

    func span(_ start: Int64?, _ end: Int64?) -> Span? {
        guard let start, let end, end >= start else { return nil }
        return Span(start: start, end: end)
    }

    /// The order's dates that keep it out of the timing figures: missing on a completed order, or
    /// out of order. Unreadable dates are reported by the order's own checks.
    public func findings(orderId: String) -> [Finding] {
        var out: [Finding] = []
        let suffix = "; left out of the carrier timing figures"
        func add(_ column: String, _ message: String) {
            out.append(Finding(.warning, table: "orders", key: orderId, column: column, message + suffix))
        }
        if isCompleted {
            if submittedAt == nil { add("submitted_at", "is missing on a completed order") }
            if completedAt == nil { add("completed_at", "is missing on a completed order") }
        }
        if let submitted, let completed, completed < submitted {
            add("completed_at", "\(quoted(completedAt ?? "")) is before submitted_at \(quoted(submittedAt ?? ""))")
        }
        if let submitted, let foc, foc < submitted {
            add("submitted_at", "\(quoted(submittedAt ?? "")) is after the FOC confirmation at \(quoted(focConfirmedAt ?? ""))")
        }
        if isCompleted, let foc, let completed, completed < foc {
            add("completed_at", "\(quoted(completedAt ?? "")) is before the FOC confirmation at \(quoted(focConfirmedAt ?? ""))")
        }
        return out
    }
}
