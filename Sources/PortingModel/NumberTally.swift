/// What the site's figures need of an order's numbers, without the numbers: how many, how many in
/// each status, and the rejection reasons with their counts. A rebuild keeps the tally of an
/// order whose rows did not change instead of reading its numbers again.
public struct NumberTally: Sendable, Equatable {
    public var count = 0
    /// Numbers per status, sorted by status.
    public var byStatus: [Count] = []
    /// Rejection reasons by `rejectionKey`, sorted by key; the reason is the first number's.
    public var reasons: [Reason] = []

    public struct Count: Sendable, Equatable {
        public var status: String
        public var count: Int
        public init(status: String, count: Int) {
            self.status = status
            self.count = count
        }
    }

    public struct Reason: Sendable, Equatable {
        public var code: String
        public var reason: String
        public var count: Int
        public init(code: String, reason: String, count: Int) {
            self.code = code
            self.reason = reason
            self.count = count
        }
    }

    public init(count: Int = 0, byStatus: [Count] = [], reasons: [Reason] = []) {
        self.count = count
        self.byStatus = byStatus
        self.reasons = reasons
    }

    public init(_ numbers: [OrderNumber]) {
        count = numbers.count
        var statuses: [String: Int] = [:]
        var found: [String: (String, Int)] = [:]
        for n in numbers {
            statuses[n.status, default: 0] += 1
            if let code = n.rejectionKey { found[code, default: (n.rejectionReason ?? "", 0)].1 += 1 }
        }
        byStatus = statuses.sorted { $0.key < $1.key }.map { Count(status: $0.key, count: $0.value) }
        reasons = found.sorted { $0.key < $1.key }.map { Reason(code: $0.key, reason: $0.value.0, count: $0.value.1) }
    }

    /// Whether any number was rejected.
    public var anyRejected: Bool { !reasons.isEmpty }
}
