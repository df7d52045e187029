import GRDB
import PortingModel

extension Snapshot {
    /// `numberFindings()` after a change to the orders `ids` names (what the change journal names:
    /// every order id whose rows changed, each plain text), from what the rules found before it
    /// (`previous`), reading only what the change can touch, through the indexes: the numbers now
    /// on those orders and those `previous` found on several open orders (the same check made
    /// again for each), the order numbers naming those orders or naming the orders of the
    /// earlier orphans they could own, and the temporary numbers (a few thousand rows). A finding of
    /// `previous` about other orders holds: their rows and their statuses are as they were. Nil when
    /// it cannot tell (an order named `NULL`, which an orphan without an order also reads as).
    public func numberFindings(changed ids: Set<String>, previous: [Finding]) throws -> [Finding]? {
        if ids.contains("NULL") { return nil }
        let numbers = try Set(
            ids.sorted().flatMap { try firstColumn("SELECT number FROM order_numbers WHERE \(Self.reads("order_id"))", [$0]).compactMap { $0 } })
        let earlier = previous.filter { $0.table == "order_numbers" && $0.column == "number" }.map(\.key)
        // Each stored number reads as one text, so no group is found twice.
        var out: [Finding] = []
        for number in numbers.union(earlier).sorted() { out += try duplicateOpenNumbers(reading: number) }
        out += try tempNumbersPortedElsewhere()
        // An earlier orphan's key is its order id, a slash and its number; either may hold slashes,
        // so every id it could begin with is read again when one of them is named.
        var owners = ids
        for finding in previous where finding.table == "order_numbers" && finding.column == "order_id" {
            let prefixes = Self.slashPrefixes(finding.key)
            if prefixes.contains(where: ids.contains) {
                owners.formUnion(prefixes)
            } else {
                out.append(finding)
            }
        }
        if owners.contains("NULL") { return nil }
        let child = Self.children[0]
        for owner in owners.sorted() {
            let rows = try FastRows(
                db,
                sql: """
                    SELECT order_id, number FROM order_numbers WHERE \(Self.reads("order_id"))
                    AND order_id NOT IN (SELECT id FROM orders) ORDER BY order_id, number
                    """, arguments: [owner], cached: true)
            while try rows.next() { out.append(Self.orphanFinding(child, order: rows.text(0), detail: rows.text(1))) }
        }
        return out
    }

    /// The check of `duplicateOpenNumbers` for the numbers that read as `number`.
    func duplicateOpenNumbers(reading number: String) throws -> [Finding] {
        let rows = try FastRows(
            db,
            sql: """
                WITH picked AS (SELECT DISTINCT number FROM order_numbers WHERE \(Self.reads("number")))
                SELECT number, group_concat(order_id, ', ') FROM (
                  SELECT DISTINCT n.number, n.order_id FROM picked JOIN order_numbers n ON n.number = picked.number
                  JOIN orders o ON o.id = n.order_id
                  WHERE o.status IN (\(Self.openStatuses)) ORDER BY n.number, n.order_id)
                GROUP BY number HAVING count(*) > 1 ORDER BY number
                """, arguments: [number], cached: true)
        var out: [Finding] = []
        while try rows.next() { out.append(Self.duplicateFinding(number: rows.text(0) ?? "", orders: rows.text(1) ?? "")) }
        return out
    }

    /// A condition on `column` for the rows whose value reads as the text `?n` (`?1` unless told):
    /// text equal to it, a blob of the same bytes, or text that continues after a NUL byte (read up
    /// to the NUL); the column's index finds each.
    static func reads(_ column: String, parameter n: Int = 1) -> String {
        "(\(column) = ?\(n) OR \(column) = CAST(?\(n) AS BLOB) OR (\(column) > ?\(n) AND \(column) < ?\(n) || char(1)))"
    }

    /// Every beginning of `key` that ends just before one of its slashes.
    static func slashPrefixes(_ key: String) -> [String] {
        key.utf8.indices.filter { key.utf8[$0] == UInt8(ascii: "/") }.map { String(key[..<$0]) }
    }
}
