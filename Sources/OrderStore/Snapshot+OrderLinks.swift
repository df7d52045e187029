import GRDB

extension Snapshot {
    /// The distinct order ids the rows of `table` name (its `order_id`), read as the table's own
    /// readers read them (nil for NULL): the orders its pages link to, or would if they existed.
    public func linkedOrderIds(in table: String) throws -> [String?] {
        precondition(Schema.tables.first { $0.name == table }?.columns.contains("order_id") == true)
        return try firstColumn("SELECT DISTINCT order_id FROM \(table)")
    }

    /// The first column of `sql`'s rows as text (nil for NULL), with `arguments` bound.
    func firstColumn(_ sql: String, _ arguments: StatementArguments = StatementArguments()) throws -> [String?] {
        let rows = try FastRows(db, sql: sql, arguments: arguments, cached: !arguments.isEmpty)
        var out: [String?] = []
        while try rows.next() { out.append(rows.text(0)) }
        return out
    }
}
