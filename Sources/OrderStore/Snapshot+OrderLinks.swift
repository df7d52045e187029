import GRDB

extension Snapshot {
    /// The distinct order ids the rows of `table` name (its `order_id`), read as the table's own
    /// readers read them (nil for NULL): the orders its pages link to, or would if they existed.
    public func linkedOrderIds(in table: String) throws -> [String?] {
        precondition(Schema.tables.first { $0.name == table }?.columns.contains("order_id") == true)
        let rows = try FastRows(db, sql: "SELECT DISTINCT order_id FROM \(table)")
        var out: [String?] = []
        while try rows.next() { out.append(rows.text(0)) }
        return out
    }
}
