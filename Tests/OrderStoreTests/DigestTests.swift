import PortingModel
import TestSupport
import Testing

@testable import OrderStore

/// SQLite's digests (`portdash_digest`) are what a rebuild trusts to tell an unchanged order or
/// table: every column counts, NULL, '' and 0 differ, and the order rows are stored in does not.
@Suite("Digests computed by SQLite")
struct DigestTests {
    let folder = TemporaryFolder("digest")

    func digests(_ sql: String, name: String) throws -> (table: String, orders: [String: OrderDigest]) {
        let path = try Fixture.database(Fixture.smallValid + sql, in: folder, name: name)
        return try OrderDatabase(path: path).read { (try $0.digest("order_numbers"), try $0.orderDigests().orders) }
    }

    @Test("a change to any column of a number moves its order's digest and the table's, and no other order's")
    func everyColumn() throws {
        let base = try digests("", name: "base.sqlite")
        let changes = [
            "UPDATE order_numbers SET status = 'ported' WHERE order_id = 'PO-2' AND number = (SELECT min(number) FROM order_numbers WHERE order_id = 'PO-2')",
            "UPDATE order_numbers SET foc_date = '2026-12-01' WHERE order_id = 'PO-2'",
            "UPDATE order_numbers SET rejection_reason = '' WHERE order_id = 'PO-2'",
            "UPDATE order_numbers SET rejection_code = 0 WHERE order_id = 'PO-2'",
            "UPDATE order_numbers SET ported_at = NULL, rejection_reason = 'x' WHERE order_id = 'PO-2'",
        ]
        for (i, sql) in changes.enumerated() {
            let changed = try digests(sql, name: "change-\(i).sqlite")
            #expect(changed.table != base.table, "\(sql)")
            #expect(changed.orders["PO-2"]?.numbers != base.orders["PO-2"]?.numbers, "\(sql)")
            #expect(changed.orders["PO-1"] == base.orders["PO-1"], "\(sql)")
            #expect(changed.orders["PO-3"] == base.orders["PO-3"], "\(sql)")
        }
    }

    @Test("NULL, an empty text and zero are told apart")
    func nullEmptyZero() throws {
        let values = ["NULL", "''", "' '", "'0'"]
        let seen = try values.enumerated().map { i, value in
            try digests("UPDATE order_numbers SET ported_at = \(value) WHERE order_id = 'PO-3'", name: "value-\(i).sqlite").orders["PO-3"]?.numbers
        }
        #expect(Set(seen).count == values.count)
    }

    @Test("the same rows stored in another order give the same digests")
    func orderIndependent() throws {
        let base = try digests("", name: "stored.sqlite")
        let shuffled = try digests(
            """
            CREATE TABLE copy AS SELECT * FROM order_numbers ORDER BY number DESC;
            DELETE FROM order_numbers; INSERT INTO order_numbers SELECT * FROM copy; DROP TABLE copy;
            """, name: "shuffled.sqlite")
        #expect(shuffled.table == base.table)
        #expect(shuffled.orders == base.orders)
    }

    @Test("the orders' digests, summed over runs of rows in table order, are what SQLite's GROUP BY aggregate gives")
    func sameAsGroupBy() throws {
        // Rows stored out of order id order, so one order's rows come in several runs.
        let path = try Fixture.database(
            Fixture.smallValid
                + """
                CREATE TABLE copy AS SELECT * FROM order_numbers ORDER BY number DESC;
                DELETE FROM order_numbers; INSERT INTO order_numbers SELECT * FROM copy; DROP TABLE copy;
                CREATE TABLE copy AS SELECT * FROM order_events ORDER BY at DESC;
                DELETE FROM order_events; INSERT INTO order_events SELECT * FROM copy; DROP TABLE copy;
                """, in: folder, name: "runs.sqlite")
        try OrderDatabase(path: path).read { snapshot in
            let digests = try snapshot.orderDigests().orders
            #expect(digests.count == 3)
            for (slot, table) in OrderDigest.tables.enumerated() {
                let rows = try FastRows(
                    snapshot.db,
                    sql: "SELECT \(table.key), \(SQLDigest.name)(\(Schema.columnList(table.name))) FROM \(table.name) GROUP BY \(table.key)")
                var grouped: [String: UInt64] = [:]
                while try rows.next() { grouped[rows.text(0) ?? ""] = UInt64(bitPattern: rows.integer(1) ?? 0) }
                for (id, digest) in digests {
                    #expect(digest.tables[slot] == grouped[id] ?? 0, "\(table.name) of \(id)")
                }
            }
        }
    }

    @Test("one order's rows in each table move only that table's part of its digest")
    func perTable() throws {
        let base = try digests("", name: "tables.sqlite")
        let event = try digests("UPDATE order_events SET note = 'called' WHERE order_id = 'PO-2'", name: "event.sqlite")
        let old = try #require(base.orders["PO-2"]), new = try #require(event.orders["PO-2"])
        #expect(old.numbers == new.numbers)
        #expect(old != new)
    }

    @Test("a second connection computes the same digests while the first one's read holds off every writer")
    func prefetch() throws {
        let path = try Fixture.database(Fixture.smallValid, in: folder, name: "prefetch.sqlite")
        let requests: [DigestRequest] = [("order_numbers", nil), ("orders", ["id"])]
        let (here, there) = try OrderDatabase(path: path).read { snapshot throws -> ([String], [String]?) in
            let prefetch = try #require(try snapshot.prefetchDigests(requests))
            let there = prefetch.wait()
            // A writer cannot commit while this read transaction lasts: it fails at once.
            #expect(throws: (any Error).self) { try Fixture.raw("UPDATE order_numbers SET status = 'ported'", at: path) }
            return (try requests.map { try snapshot.digest($0.table, columns: $0.columns) }, there)
        }
        #expect(there == here)
    }

    @Test("a database in WAL mode computes its digests on its one connection")
    func noPrefetchInWAL() throws {
        let path = try Fixture.database(Fixture.smallValid, in: folder, name: "wal.sqlite")
        try Fixture.raw("PRAGMA journal_mode = WAL", at: path)
        let prefetched = try OrderDatabase(path: path).read { snapshot throws -> Bool in try snapshot.prefetchDigests([("orders", nil)]) != nil }
        #expect(!prefetched)
    }
}
