import GRDB

/// The latest activity with the order that holds it, so a rebuild that knows which orders changed
/// (`ChangeJournal`) can tell it without scanning every order and event.
extension Snapshot {
    /// The latest activity (as `latestActivity` gives it) and the order id of a row that holds it, over
    /// every row, or over the rows of the orders `ids` names (their order rows and their events). Nil
    /// when those rows hold no well-formed time; `plain` is false when the latest is not stored as
    /// text (then only `latestActivity` says what the site shows).
    public func latestActivityHeld(ids: Set<String>? = nil) throws -> (time: String, orderId: String, plain: Bool)? {
        let glob = "GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"
        let list = ids.map { " AND {key} IN (" + Array(repeating: "?", count: $0.count).joined(separator: ", ") + ")" } ?? ""
        // The ids once for each of the three selects.
        let arguments = ids.map { ids in StatementArguments(Array(repeating: ids.sorted(), count: 3).flatMap { $0 }) } ?? StatementArguments()
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT t, k, typeof(t) = 'text' AND typeof(k) = 'text' FROM (
                  SELECT updated_at AS t, id AS k FROM orders WHERE updated_at \(glob)\(list.replacingOccurrences(of: "{key}", with: "id"))
                  UNION ALL SELECT created_at, id FROM orders WHERE created_at \(glob)\(list.replacingOccurrences(of: "{key}", with: "id"))
                  UNION ALL SELECT at, order_id FROM order_events WHERE at \(glob)\(list.replacingOccurrences(of: "{key}", with: "order_id")))
                ORDER BY t DESC LIMIT 1
                """, arguments: arguments)
        guard let row, let time = row[0] as String? else { return nil }
        return (time, row[1] as String? ?? "", row[2] as Bool)
    }
}
