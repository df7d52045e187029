import GRDB
import PortingModel

/// What the site-wide search lists, streamed in number order.
extension Snapshot {
    /// Calls `body` with every number on an order, every order's BTN and every temporary number, in
    /// number order (BINARY, as SQLite sorts): three sorted cursors merged, so nothing is held.
    ///
    /// With `from` and `to`, only numbers in that range (`from` ≤ number < `to`, BINARY): one shard's.
    /// Equal numbers come in a fixed order (by order id), so a range reads exactly as the whole does.
    public func forEachSearchNumber(from: String? = nil, to: String? = nil, _ body: (SearchNumber) throws -> Void) throws {
        // A range reads along the number index and looks each order up; the whole reads every order's numbers.
        func range(_ column: String, _ key: String) -> String {
            from == nil
                ? " AND \(key) IN (SELECT id FROM orders)"
                : " AND \(column) >= ? AND \(column) < ? AND EXISTS (SELECT 1 FROM orders o WHERE o.id = \(key))"
        }
        let arguments: StatementArguments = from.map { [$0, to ?? $0] } ?? []
        let sources: [(sql: String, kind: SearchNumber.Kind)] = [
            (
                "SELECT number, order_id, status FROM order_numbers WHERE number IS NOT NULL\(range("number", "order_id")) ORDER BY number, order_id",
                .onOrder
            ),
            ("SELECT btn, id, status FROM orders WHERE btn IS NOT NULL\(from == nil ? "" : " AND btn >= ? AND btn < ?") ORDER BY btn, id", .btn),
            (
                "SELECT temp_number, order_id, ported_number FROM temp_numbers WHERE temp_number IS NOT NULL\(range("temp_number", "order_id")) ORDER BY temp_number, order_id",
                .temporary
            ),
        ]
        let cursors = try sources.map { try FastRows(db, sql: $0.sql, arguments: arguments) }
        var heads: [SearchNumber?] = try cursors.indices.map { try next(cursors[$0], sources[$0].kind) }
        while true {
            var best: Int?
            for i in heads.indices {
                guard let head = heads[i] else { continue }
                if let b = best, let current = heads[b], !head.number.bytesPrecede(current.number) { continue }
                best = i
            }
            guard let i = best, let head = heads[i] else { return }
            try body(head)
            heads[i] = try next(cursors[i], sources[i].kind)
        }
    }

    private func next(_ cursor: FastRows, _ kind: SearchNumber.Kind) throws -> SearchNumber? {
        guard try cursor.next() else { return nil }
        return SearchNumber(number: cursor.text(0) ?? "", kind: kind, orderId: cursor.text(1) ?? "", detail: cursor.text(2) ?? "")
    }
}
