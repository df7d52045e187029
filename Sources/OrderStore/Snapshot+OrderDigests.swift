import GRDB
import PortingModel

/// One order's rows as digests computed by SQLite: what a rebuild compares to know whether the
/// order changed, without reading its rows.
public struct OrderDigest: Sendable, Equatable {
    /// One digest per table, in `OrderDigest.tables` order: the order row (every row with its id),
    /// its numbers, events, notifications, temporary numbers and LOA signatures.
    public var tables: [UInt64] = Array(repeating: 0, count: OrderDigest.tables.count)

    /// All zero: an order with no digest (which cannot happen within one snapshot).
    public init() {}

    /// The tables, each with the column its rows name their order by.
    static let tables: [(name: String, key: String)] = [
        ("orders", "id"), ("order_numbers", "order_id"), ("order_events", "order_id"), ("order_notifications", "order_id"),
        ("temp_numbers", "order_id"), ("loa_signatures", "order_id"),
    ]

    /// Adds every table's digest to `hasher`.
    public func add(to hasher: inout Fingerprinter) {
        for value in tables { hasher.add(value) }
    }

    /// The digest of the order's numbers alone.
    public var numbers: UInt64 { tables[1] }
}

extension Snapshot {
    /// Every order's digest, by order id (one `GROUP BY` per table, answered by SQLite).
    public func orderDigests() throws -> [String: OrderDigest] {
        var out: [String: OrderDigest] = [:]
        for (slot, table) in OrderDigest.tables.enumerated() {
            let columns = Schema.columnList(table.name)
            let rows = try FastRows(db, sql: "SELECT \(table.key), \(SQLDigest.name)(\(columns)) FROM \(table.name) GROUP BY \(table.key)")
            while try rows.next() {
                let id = rows.text(0) ?? ""
                let value = UInt64(bitPattern: rows.integer(1) ?? 0)
                if slot == 0 {
                    out[id, default: OrderDigest()].tables[0] &+= value
                } else if out[id] != nil {
                    out[id]?.tables[slot] &+= value
                }
            }
        }
        return out
    }

    /// The numbers of one order, in the order `forEachOrder` gives them.
    public func numbers(of orderId: String) throws -> [OrderNumber] {
        let rows = try FastRows(
            db, sql: "SELECT \(Schema.columnList("order_numbers")) FROM order_numbers WHERE order_id = ? ORDER BY order_id, number",
            arguments: [orderId])
        var out: [OrderNumber] = []
        while try rows.next() {
            let number = OrderNumber(row: rows)
            if number.orderId.utf8.elementsEqual(orderId.utf8) { out.append(number) }
        }
        return out
    }
}
