import GRDB
import PortingModel

/// The rules that span rows and tables, run as SQL so they stream like everything else.
extension Snapshot {
    /// Numbers claimed by more than one open order. Only numbers on more than one order of any
    /// status can be, and the number index finds those without joining every row (0.6 s instead of
    /// 1.7 s at 20,000 orders).
    public func duplicateOpenNumbers() throws -> [Finding] {
        let open = Self.openStatuses
        let rows = try Row.fetchCursor(
            db,
            sql: """
                WITH shared AS (SELECT number FROM order_numbers GROUP BY number HAVING count(*) > 1)
                SELECT number, group_concat(order_id, ', ') FROM (
                  SELECT DISTINCT n.number, n.order_id FROM shared JOIN order_numbers n ON n.number = shared.number
                  JOIN orders o ON o.id = n.order_id
                  WHERE o.status IN (\(open)) ORDER BY n.number, n.order_id)
                GROUP BY number HAVING count(*) > 1 ORDER BY number
                """)
        var out: [Finding] = []
        while let row = try rows.next() { out.append(Self.duplicateFinding(number: row.text(0) ?? "", orders: row.text(1) ?? "")) }
        return out
    }

    /// The finding about a number on several open orders (`orders`: their ids, comma-separated).
    static func duplicateFinding(number: String, orders: String) -> Finding {
        Finding(.error, table: "order_numbers", key: number, column: "number", "is on more than one open order: \(orders)")
    }

    /// The open statuses as an SQL list.
    static let openStatuses = OrderStatus.allCases.filter(\.isOpen).map { "'\($0.rawValue)'" }.joined(separator: ", ")

    /// The child tables, each with the column that tells its rows apart in a finding.
    static let children: [(table: String, detail: String)] = [
        ("order_numbers", "number"), ("order_events", "id"), ("order_notifications", "email"),
        ("temp_numbers", "temp_number"), ("loa_signatures", "order_id"),
    ]

    /// Rows of child tables whose order does not exist (of `tables`, by default every child table).
    public func orphans(in tables: [String]? = nil) throws -> [Finding] {
        try orphanRows(in: tables).map(\.finding)
    }

    /// `orphans`, each with the order id its row names and whether that id is stored as text; with
    /// `ids`, only the rows naming one of them (a rebuild that knows from the change journal which
    /// orders' rows changed: see `OrphanRow`).
    public func orphanRows(in tables: [String]? = nil, ids: Set<String>? = nil) throws -> [OrphanRow] {
        var out: [OrphanRow] = []
        let sorted = ids?.sorted() ?? []
        let only = ids.map { " AND order_id IN (" + Array(repeating: "?", count: $0.count).joined(separator: ", ") + ")" } ?? ""
        if ids?.isEmpty == true { return [] }
        for child in Self.children where tables?.contains(child.table) ?? true {
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT order_id, \(child.detail), typeof(order_id) FROM \(child.table)
                    WHERE (order_id IS NULL OR order_id NOT IN (SELECT id FROM orders))\(only) ORDER BY order_id, \(child.detail)
                    """, arguments: StatementArguments(sorted))
            while let row = try rows.next() {
                let order = row.text(0)
                let finding = Self.orphanFinding(child, order: order, detail: row.text(1))
                out.append(OrphanRow(orderId: order, plain: order == nil || row[2] as String? == "text", finding: finding))
            }
        }
        return out
    }

    /// The finding about a row of `child` naming `order`, which does not exist (nil: names none);
    /// `detail`: the row's value of the column that tells the table's rows apart.
    static func orphanFinding(_ child: (table: String, detail: String), order: String?, detail: String?) -> Finding {
        let key = child.detail == "order_id" ? (order ?? "NULL") : "\(order ?? "NULL")/\(detail ?? "NULL")"
        let message = order.map { "refers to order \(quoted($0)), which does not exist" } ?? "is missing"
        return Finding(.error, table: child.table, key: key, column: "order_id", message)
    }

    /// The rows of the child tables other than the order numbers whose order does not exist, as
    /// `orphanRows` gives them.
    public func otherOrphanRows(ids: Set<String>? = nil) throws -> [OrphanRow] {
        try orphanRows(in: Self.otherChildren, ids: ids)
    }

    /// The child tables other than the order numbers (`otherOrphans`).
    static var otherChildren: [String] { children.map(\.table).filter { $0 != "order_numbers" } }

    /// Temporary numbers that are also being ported on another order.
    public func tempNumbersPortedElsewhere() throws -> [Finding] {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT t.order_id, t.temp_number, group_concat(n.order_id, ', ') FROM temp_numbers t
                JOIN order_numbers n ON n.number = t.temp_number AND n.order_id <> t.order_id
                GROUP BY t.order_id, t.temp_number ORDER BY t.order_id, t.temp_number
                """)
        var out: [Finding] = []
        while let row = try rows.next() {
            out.append(
                Finding(
                    .error, table: "temp_numbers", key: "\(row.text(0) ?? "")/\(row.text(1) ?? "")",
                    column: "temp_number", "is also a number being ported on order \(row.text(2) ?? "")"))
        }
        return out
    }

    /// The rules that span tables: numbers on several open orders, temporary numbers ported
    /// elsewhere, rows whose order does not exist.
    public func crossTableFindings() throws -> [Finding] {
        try numberFindings() + otherOrphans()
    }

    /// Rows of the child tables other than the order numbers whose order does not exist: a few
    /// milliseconds, run on every build.
    public func otherOrphans() throws -> [Finding] {
        try orphans(in: Self.otherChildren)
    }

    /// The rules that read the order numbers, a scan of a million rows at 20,000 orders: numbers on
    /// several open orders, temporary numbers ported elsewhere, numbers whose order does not exist.
    /// They read only what `OrderDigests.numberRules` covers.
    public func numberFindings() throws -> [Finding] {
        try duplicateOpenNumbers() + tempNumbersPortedElsewhere() + orphans(in: ["order_numbers"])
    }

    /// The checks of every row, collected in one pass over each table: what `portdash check` prints.
    /// The build makes the same calls on the same collector as it streams.
    public func findings() throws -> [Finding] {
        var checks = try rowChecks()
        try forEachOrder({ checks.add(checks.check($0)) }, duplicate: { checks.addDuplicate($0) })
        checks.add(try crossTableFindings())
        try forEachInventoryEntry { checks.add($0) }
        return checks.findings
    }

    /// A collector started with the carriers, users and restart links of this snapshot.
    public func rowChecks() throws -> RowChecks {
        RowChecks(carriers: try carriers(), users: try users(), links: try restartLinks())
    }
}
