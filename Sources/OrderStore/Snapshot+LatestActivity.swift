import GRDB

/// The latest activity with the orders that hold it, so a rebuild that knows which orders changed
/// (`ChangeJournal`) can tell it without scanning every order and event.
extension Snapshot {
    /// One time of activity (an order's `updated_at` or `created_at`, or an event's `at`) and the
    /// order id of its row. `plain`: both are stored as text (else only `latestActivity` says what
    /// the site shows).
    public struct Activity: Sendable, Equatable {
        public var time: String
        public var orderId: String
        public var plain: Bool

        public init(time: String, orderId: String, plain: Bool = true) {
            self.time = time
            self.orderId = orderId
            self.plain = plain
        }
    }

    /// The `limit` latest activities over every row, latest first, as SQLite orders them.
    public func latestActivities(limit: Int) throws -> [Activity] {
        try activities(
            sql: "SELECT t, k, typeof(t) = 'text' AND typeof(k) = 'text' FROM (\(Self.activityRows { _ in "" })) ORDER BY t DESC LIMIT ?", [limit])
    }

    /// The latest activity of each of the orders `ids` names (their order rows and their events);
    /// an order whose rows hold no well-formed time has none.
    public func latestActivity(ofOrders ids: Set<String>) throws -> [Activity] {
        guard !ids.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        let rows = Self.activityRows { " AND \($0) IN (\(marks))" }
        // The ids once for each of the three selects.
        let arguments = Array(repeating: ids.sorted(), count: 3).flatMap { $0 }
        return try activities(sql: "SELECT max(t), k, typeof(max(t)) = 'text' AND typeof(k) = 'text' FROM (\(rows)) GROUP BY k", arguments)
    }

    /// Every time of activity with its order id, as `t` and `k`; `filter(column)` is added to each
    /// select, given the column that names its order.
    private static func activityRows(_ filter: (String) -> String) -> String {
        let glob = "GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"
        return """
            SELECT updated_at AS t, id AS k FROM orders WHERE updated_at \(glob)\(filter("id"))
            UNION ALL SELECT created_at, id FROM orders WHERE created_at \(glob)\(filter("id"))
            UNION ALL SELECT at, order_id FROM order_events WHERE at \(glob)\(filter("order_id"))
            """
    }

    private func activities(sql: String, _ arguments: [any DatabaseValueConvertible]) throws -> [Activity] {
        var out: [Activity] = []
        let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
        while let row = try rows.next() {
            guard let time = row[0] as String? else { continue }
            out.append(Activity(time: time, orderId: row[1] as String? ?? "", plain: row[2] as Bool))
        }
        return out
    }
}
