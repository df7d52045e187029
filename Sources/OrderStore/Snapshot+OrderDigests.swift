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
    static let tables: [(name: String, key: String, links: [String])] = [
        ("orders", "id", ["id", "status IN (\(Snapshot.openStatuses))"]), ("order_numbers", "order_id", ["order_id", "number"]),
        ("order_events", "order_id", []), ("order_notifications", "order_id", []),
        ("temp_numbers", "order_id", ["order_id", "temp_number"]), ("loa_signatures", "order_id", []),
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
    /// read: one scan per table, answered by SQLite.
    ///
    /// SQLite hashes each row (`SQLDigest.rowName`) in table order, and the hashes are summed here
    /// over runs of rows with the same order id: a `GROUP BY` would walk the order-id index and look
    /// up every row from it. Each group's digest is what the aggregate would give; keys are grouped
    /// by their text (a number and its text are one group).
    public func orderDigests() throws -> OrderDigests {
        var out = OrderDigests()
        for (slot, table) in OrderDigest.tables.enumerated() {
            let columns = Schema.columnList(table.name)
            let links = table.links.isEmpty ? "0" : "\(SQLDigest.rowName)(\(table.links.joined(separator: ", ")))"
            let rows = try FastRows(db, sql: "SELECT \(table.key), \(SQLDigest.rowName)(\(columns)), \(links) FROM \(table.name)")
            var groups: [String: DigestGroup] = [:]
            var run = DigestGroup(), runKey: RunKey?, runId = ""
            func endRun() {
                guard run.count > 0 else { return }
                groups[runId, default: DigestGroup()].add(run)
                run = DigestGroup()
            }
            while try rows.next() {
                if runKey.map({ !rows.isSame(0, as: $0) }) ?? true {
                    endRun()
                    runKey = rows.runKey(0)
                    runId = rows.text(0) ?? ""
                }
                run.sum &+= UInt64(bitPattern: rows.int64(1))
                run.links &+= UInt64(bitPattern: rows.int64(2))
                run.count += 1
            }
            endRun()
            for (id, group) in groups {
                let value = SQLDigest.group(sum: group.sum, count: group.count)
                // The links digest hashes each row's key with its type, so a NULL key or a blob counts apart.
                if !table.links.isEmpty {
                    out.numberRules &+= SQLDigest.finalise(SQLDigest.group(sum: group.links, count: group.count) &+ UInt64(slot))
                }
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
