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

    /// The tables, each with the column its rows name their order by and the columns the rules
    /// over the order numbers read (`Snapshot.numberFindings`), if they read any.
    static let tables: [(name: String, key: String, links: String?)] = [
        ("orders", "id", "id, status IN (\(Snapshot.openStatuses))"), ("order_numbers", "order_id", "order_id, number"),
        ("order_events", "order_id", nil), ("order_notifications", "order_id", nil),
        ("temp_numbers", "order_id", "order_id, temp_number"), ("loa_signatures", "order_id", nil),
    ]

    /// Adds every table's digest to `hasher`.
    public func add(to hasher: inout Fingerprinter) {
        for value in tables { hasher.add(value) }
    }

    /// The digest of the order's numbers alone.
    public var numbers: UInt64 { tables[1] }
}

/// Every order's digests, and one digest of what the rules over the order numbers read.
public struct OrderDigests: Sendable {
    /// By order id.
    public var orders: [String: OrderDigest] = [:]
    /// The digest of every column `Snapshot.numberFindings` reads, in every row (orphans too):
    /// while it holds, so do those findings.
    public var numberRules: UInt64 = 0
}

extension Snapshot {
    /// Every order's digest, by order id, and the digest of what the rules over the order numbers
    /// read: one `GROUP BY` per table, answered by SQLite.
    public func orderDigests() throws -> OrderDigests {
        var out = OrderDigests()
        for (slot, table) in OrderDigest.tables.enumerated() {
            let columns = Schema.columnList(table.name)
            let rows = try FastRows(
                db,
                sql: """
                    SELECT \(table.key), \(SQLDigest.name)(\(columns)), \(table.links.map { "\(SQLDigest.name)(\($0))" } ?? "0")
                    FROM \(table.name) GROUP BY \(table.key)
                    """)
            while try rows.next() {
                let id = rows.text(0) ?? ""
                let value = UInt64(bitPattern: rows.integer(1) ?? 0)
                // The group's links digest hashes its key with its type, so a NULL key or a blob counts apart.
                if table.links != nil { out.numberRules &+= SQLDigest.finalise(UInt64(bitPattern: rows.integer(2) ?? 0) &+ UInt64(slot)) }
                if slot == 0 {
                    out.orders[id, default: OrderDigest()].tables[0] &+= value
                } else if out.orders[id] != nil {
                    out.orders[id]?.tables[slot] &+= value
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
            if number.orderId.sameBytes(as: orderId) { out.append(number) }
        }
        return out
    }
}
