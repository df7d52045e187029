import PortingModel

/// One losing carrier's figures (docs/metrics.md), accumulated one order at a time.
public struct CarrierFigures: Sendable {
    /// One month's figures: orders submitted, completed and rejected in it, and the business days
    /// from submission to completion of the orders completed in it.
    public struct Month: Sendable {
        public var submitted = 0
        public var completed = 0
        public var rejected = 0
        public var submissionToCompletion: [Int] = []
    }

    /// A rejection code, its text as the data gives it, and the orders it hit.
    public struct Reason: Sendable {
        public var text: String
        public var orders: [OrderList.Row] = []
    }

    public var orders = 0
    public var open = 0
    public var numbers = 0
    /// Ported in full or in part.
    public var completed = 0
    /// In a terminal status: completed, partially completed, cancelled or expired.
    public var finished = 0
    public var rejected = 0
    public var reasons: [String: Reason] = [:]
    public var submissionToFoc: [Int] = []
    public var focToCompletion: [Int] = []
    public var submissionToCompletion: [Int] = []
    /// By month number (`year * 12 + month - 1`).
    public var months: [Int: Month] = [:]
    public var openOrders: [OrderList.Row] = []

    public init() {}

    /// The business days of each measured span, in the order of `Scorecards.spans`.
    public var spans: [[Int]] { [submissionToFoc, focToCompletion, submissionToCompletion] }

    /// Completed orders as a percentage of finished ones; nil when none finished.
    public var completionRate: Double? { finished == 0 ? nil : Double(completed) * 100 / Double(finished) }

    /// Orders rejected at least once as a percentage of all orders; nil when there are none.
    public var rejectionRate: Double? { orders == 0 ? nil : Double(rejected) * 100 / Double(orders) }

    /// The most frequent rejection codes with the number of orders each hit, most first, then by code.
    public func topReasons(_ limit: Int = 3) -> [(code: String, text: String, count: Int)] {
        let all = reasons.map { (code: $0.key, text: $0.value.text, count: $0.value.orders.count) }
        let sorted = all.sorted { $0.count != $1.count ? $0.count > $1.count : $0.code < $1.code }
        return Array(sorted.prefix(limit))
    }
}
