import GRDB

extension Snapshot {
    /// The distinct order ids the rows of `table` name (its `order_id`), read as the table's own
    /// readers read them (nil for NULL): the orders its pages link to, or would if they existed.
    public func linkedOrderIds(in table: String) throws -> [String?] {
        precondition(Schema.tables.first { $0.name == table }?.columns.contains("order_id") == true)
        return try firstColumn("SELECT DISTINCT order_id FROM \(table)")
    }

    /// Whether a row of `table` names one of `ids` (its `order_id` reads as one: `reads`), in one
    /// scan of its rows without collecting them: for a few ids, a third of the cost of the distinct
    /// ids `linkedOrderIds` reads (0.07 s against 0.2 s for a million inventory numbers).
    public func namesAny(of ids: Set<String>, in table: String) throws -> Bool {
        precondition(Schema.tables.first { $0.name == table }?.columns.contains("order_id") == true)
        let sorted = ids.sorted()
        guard !sorted.isEmpty else { return false }
        let condition = sorted.indices.map { Self.reads("order_id", parameter: $0 + 1) }.joined(separator: " OR ")
        let rows = try FastRows(db, sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE \(condition))", arguments: StatementArguments(sorted))
        return try rows.next() && rows.integer(0) == 1
    }

    /// The first column of `sql`'s rows as text (nil for NULL), with `arguments` bound.
    func firstColumn(_ sql: String, _ arguments: StatementArguments = StatementArguments()) throws -> [String?] {
        let rows = try FastRows(db, sql: sql, arguments: arguments, cached: !arguments.isEmpty)
        var out: [String?] = []
        while try rows.next() { out.append(rows.text(0)) }
        return out
    }
}
