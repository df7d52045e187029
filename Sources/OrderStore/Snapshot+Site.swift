import GRDB
import PortingModel

/// Queries the site needs beyond the per-order stream.
extension Snapshot {
    /// The latest well-formed time in the data: the site's "as of" when no time is configured.
    public func latestActivity() throws -> String? {
        try String.fetchOne(
            db,
            sql: """
                SELECT max(t) FROM (
                  SELECT max(updated_at) AS t FROM orders WHERE updated_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
                  UNION ALL SELECT max(created_at) FROM orders WHERE created_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'
                  UNION ALL SELECT max(at) FROM order_events WHERE at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*')
                """)
    }

    /// Inventory totals by source: all numbers and those assigned to a user.
    public func inventoryTotals() throws -> [String: (total: Int, assigned: Int)] {
        var out: [String: (total: Int, assigned: Int)] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT source, count(*), count(user_id) FROM phone_numbers GROUP BY source")
        while let row = try rows.next() {
            out[row.text(0) ?? ""] = (Int(row.integer(1) ?? 0), Int(row.integer(2) ?? 0))
        }
        return out
    }

    /// Temporary mappings by state.
    public func tempStateCounts() throws -> [String: Int] {
        var out: [String: Int] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT state, count(*) FROM temp_numbers GROUP BY state")
        while let row = try rows.next() { out[row.text(0) ?? "", default: 0] += Int(row.integer(1) ?? 0) }
        return out
    }

    /// Calls `body` with each temporary mapping and the user its temporary number is assigned to.
    public func forEachTempMappingWithAssignee(_ body: (TempMapping, Int64?) throws -> Void) throws {
        let columns = Schema.tables.first { $0.name == "temp_numbers" }!.columns.map { "t.\($0)" }.joined(separator: ", ")
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT \(columns), p.user_id FROM temp_numbers t LEFT JOIN phone_numbers p ON p.number = t.temp_number
                ORDER BY t.temp_number, t.order_id
                """)
        while let row = try rows.next() { try body(TempMapping(row: row), row.integer(6)) }
    }

    /// Calls `body` with each order (first of any duplicate id) at positions `offset..<offset + count`
    /// in id order (each id once, as `forEachOrder` gives them) and how many numbers it has.
    public func forEachOrderWithCount(orders offset: Int, count: Int, _ body: (Order, Int) throws -> Void) throws {
        let columns = Schema.tables.first { $0.name == "orders" }!.columns.map { "o.\($0)" }.joined(separator: ", ")
        let rows = try FastRows(
            db,
            sql: """
                SELECT \(columns), (SELECT count(*) FROM order_numbers n WHERE n.order_id = o.id) FROM orders o
                WHERE o.id IN (SELECT DISTINCT id FROM orders ORDER BY id LIMIT ? OFFSET ?) ORDER BY o.id
                """, arguments: [count, offset])
        var previous: String?
        while try rows.next() {
            let order = Order(row: rows)
            if let previous, previous.sameBytes(as: order.id) { continue }
            previous = order.id
            try body(order, Int(rows.integer(23) ?? 0))
        }
    }

    /// Calls `body` with each number of the orders at positions `offset..<offset + count` in id
    /// order (each id once, as `forEachOrder` gives them), in the order `forEachOrder` gives them.
    public func forEachOrderNumber(orders offset: Int, count: Int, _ body: (OrderNumber) throws -> Void) throws {
        let rows = try FastRows(
            db,
            sql: """
                SELECT \(Schema.columnList("order_numbers")) FROM order_numbers
                WHERE order_id IN (SELECT DISTINCT id FROM orders ORDER BY id LIMIT ? OFFSET ?) ORDER BY order_id, number
                """, arguments: [count, offset])
        while try rows.next() { try body(OrderNumber(row: rows)) }
    }
}
