import GRDB
import PortingModel

/// One order's rows as digests computed by SQLite: what a rebuild compares to know whether the
/// order changed, without reading its rows.
public struct OrderDigest: Sendable, Equatable {
    /// One digest per table, in `OrderDigest.tables` order: the order row (every row with its id),
    /// its numbers, events, notifications, temporary numbers and LOA signatures.
    public var tables: [UInt64] = Array(repeating: 0, count: OrderDigest.tables.count)

    /// This order id's share of `OrderDigests.numberRules` (the digests of its rows' links).
    public var rules: UInt64 = 0

    /// All zero: an order with no digest (which cannot happen within one snapshot).
    public init() {}

    /// The digests as the manifest keeps them: the tables', then `rules`, in hex.
    public var text: String { (tables + [rules]).map { String($0, radix: 16) }.joined(separator: " ") }

    /// Reads `text` back (parsed as bytes: a rebuild reads one per order).
    public init?(text: Substring) {
        // Read from the text's bytes in place: iterating a substring's UTF-8 view is several times slower.
        var text = text
        guard let values = text.withUTF8({ Self.values($0) }) else { return nil }
        tables = Array(values.dropLast())
        rules = values[values.count - 1]
    }

    /// The hex numbers of `bytes`, one space between each, when they are as many as `text` writes.
    private static func values(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt64]? {
        var values: [UInt64] = []
        values.reserveCapacity(OrderDigest.tables.count + 1)
        var value: UInt64 = 0, digits = 0
        for byte in bytes {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte &- UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte &- UInt8(ascii: "a") &+ 10
            case UInt8(ascii: " "):
                guard digits > 0 else { return nil }
                values.append(value)
                (value, digits) = (0, 0)
                continue
            default: return nil
            }
            guard digits < 16 else { return nil }
            value = value << 4 | UInt64(digit)
            digits += 1
        }
        guard digits > 0 else { return nil }
        values.append(value)
        guard values.count == OrderDigest.tables.count + 1 else { return nil }
        return values
    }

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
    /// while it holds, so do those findings. The sum of every id's share (`OrderDigest.rules`,
    /// `orphanRules`).
    public var numberRules: UInt64 = 0
    /// The shares of `numberRules` of ids whose rows have no order, by id.
    public var orphanRules: [String: UInt64] = [:]

    public init() {}
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
        try orderDigests(where: "", arguments: [[]])
    }

    /// The digests of the orders with these ids (those that exist), and the shares of
    /// `numberRules` of these ids (orders or orphans): each the same as `orderDigests()` gives, read
    /// through the tables' order-id indexes. `numberRules` is the sum of these ids' shares only.
    ///
    /// An id's rows are those whose order id reads as that text: text equal to it, a blob of the
    /// same bytes, or text that continues after a NUL byte (read up to the NUL).
    public func orderDigests(ids: Set<String>) throws -> OrderDigests {
        try orderDigests(
            where: " WHERE " + Self.reads("{key}"), arguments: ids.sorted().map { [$0] })
    }

    /// Digests the rows `filter` selects (with `{key}` for the table's order-id column), once per
    /// set of `arguments`.
    private func orderDigests(where filter: String, arguments: [StatementArguments]) throws -> OrderDigests {
        var out = OrderDigests()
        // An id's share of the number rules: its numbers' and temporary numbers' links, and its
        // order's (id and whether it is open) only when it has either: an order with neither
        // cannot change a finding, so adding or deleting one keeps the rules' stage.
        var rules: [String: UInt64] = [:], orderRules: [String: UInt64] = [:]
        for (slot, table) in OrderDigest.tables.enumerated() {
            let columns = Schema.columnList(table.name)
            let links = table.links.isEmpty ? "0" : "\(SQLDigest.rowName)(\(table.links.joined(separator: ", ")))"
            let sql =
                "SELECT \(table.key), \(SQLDigest.rowName)(\(columns)), \(links) FROM \(table.name)"
                + filter.replacingOccurrences(of: "{key}", with: table.key)
            var groups: [String: DigestGroup] = [:]
            for values in arguments {
                let rows = try FastRows(db, sql: sql, arguments: values, cached: arguments.count > 1)
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
            }
            for (id, group) in groups {
                let value = SQLDigest.group(sum: group.sum, count: group.count)
                // The links digest hashes each row's key with its type, so a NULL key or a blob counts apart.
                if !table.links.isEmpty {
                    let share = SQLDigest.finalise(SQLDigest.group(sum: group.links, count: group.count) &+ UInt64(slot))
                    if slot == 0 { orderRules[id, default: 0] &+= share } else { rules[id, default: 0] &+= share }
                }
                if slot == 0 {
                    out.orders[id, default: OrderDigest()].tables[0] &+= value
                } else if out.orders[id] != nil {
                    out.orders[id]?.tables[slot] &+= value
                }
            }
        }
        for (id, share) in orderRules where rules[id] != nil { rules[id]? &+= share }
        for (id, share) in rules {
            out.numberRules &+= share
            if out.orders[id] != nil { out.orders[id]?.rules = share } else { out.orphanRules[id] = share }
        }
        return out
    }

    /// The numbers of one order, in the order `forEachOrder` gives them.
    public func numbers(of orderId: String) throws -> [OrderNumber] {
        try rows("order_numbers", of: orderId, order: "order_id, number", OrderNumber.init(row:), \.orderId)
    }

    /// The order rows of the ids `ids` names, as `forEachOrder` reads them (without their other rows).
    public func orders(ids: Set<String>) throws -> [Order] {
        try ids.sorted().flatMap { try rows("orders", of: $0, order: "id", Order.init(row:), \.id) }
    }

    /// The rows of `table` naming the order `id` (its `id`, or its `order_id` in a child table),
    /// decoded, in `order`: only those whose id has exactly the bytes of `id`, as the order-id
    /// merge of `forEachOrder` groups them (`=` also matches values that differ in type or bytes).
    func rows<T>(_ table: String, of id: String, order: String, _ decode: (FastRows) -> T, _ key: (T) -> String) throws -> [T] {
        let rows = try FastRows(
            db, sql: "SELECT \(Schema.columnList(table)) FROM \(table) WHERE \(table == "orders" ? "id" : "order_id") = ? ORDER BY \(order)",
            arguments: [id], cached: true)
        var out: [T] = []
        while try rows.next() {
            let value = decode(rows)
            if key(value).sameBytes(as: id) { out.append(value) }
        }
        return out
    }
}
