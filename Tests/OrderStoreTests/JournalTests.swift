import GRDB
import PortingModel
import TestSupport
import Testing

@testable import OrderStore

/// The change journal (`ChangeJournal`): what its triggers record, and when a build may not trust
/// what it says.
@Suite("The change journal")
struct JournalTests {
    let folder = TemporaryFolder("journal")

    func position(_ path: String) throws -> ChangeJournal.Position? {
        try OrderDatabase(path: path).read { try $0.journalPosition() }
    }

    func changes(_ path: String, since last: ChangeJournal.Position) throws -> ChangeJournal.Changes? {
        try OrderDatabase(path: path).read { snapshot in
            guard let now = try snapshot.journalPosition() else { return nil }
            return try snapshot.journalChanges(since: last, now: now)
        }
    }

    @Test("every write names its table and, in the order tables, the order ids before and after")
    func namesWrites() throws {
        let path = try Fixture.database(Fixture.smallValid, in: folder, name: "writes.sqlite")
        let start = try #require(try position(path))
        // Only the row it ended at, which always counts (see `journalChanges`).
        let unchanged = try #require(try changes(path, since: start))
        #expect(unchanged.tables.count <= 1 && unchanged.orderIds.count <= 1)
        let writes: [(sql: String, tables: Set<String>, ids: Set<String>)] = [
            ("UPDATE order_numbers SET status = 'ported' WHERE order_id = 'PO-2'", ["order_numbers"], ["PO-2"]),
            ("INSERT INTO order_events (order_id, at) VALUES ('PO-3', '2026-11-01T00:00:00Z')", ["order_events"], ["PO-3"]),
            ("UPDATE temp_numbers SET order_id = 'PO-1' WHERE order_id = 'PO-2'", ["temp_numbers"], ["PO-1", "PO-2"]),
            ("DELETE FROM loa_signatures WHERE order_id = 'PO-2'", ["loa_signatures"], ["PO-2"]),
            ("UPDATE orders SET owner_name = 'X' WHERE id = 'PO-3'", ["orders"], ["PO-3"]),
            ("INSERT INTO order_notifications (order_id, email) VALUES ('PO-9', 'a@example.com')", ["order_notifications"], ["PO-9"]),
            ("UPDATE carriers SET name = 'Renamed'", ["carriers"], []),
            ("UPDATE users SET name = 'Renamed'", ["users"], []),
            ("UPDATE phone_numbers SET status = 'x'", ["phone_numbers"], []),
        ]
        for write in writes {
            let before = try #require(try position(path))
            try Fixture.raw(write.sql, at: path)
            let seen = try #require(try changes(path, since: before), "\(write.sql)")
            // The row the last build ended at counts too (see `journalChanges`): only what is new is checked.
            #expect(write.tables.isSubset(of: seen.tables), "\(write.sql)")
            #expect(write.ids.isSubset(of: seen.orderIds), "\(write.sql)")
            #expect(seen.orderIds.subtracting(write.ids).count <= 1, "\(write.sql): \(seen.orderIds)")
        }
    }

    @Test("a statement writing a thousand rows of one order adds one row to the journal")
    func oneRowPerRun() throws {
        let path = try Fixture.database(Fixture.smallValid, in: folder, name: "bulk.sqlite")
        let rows = "SELECT count(*) FROM \(ChangeJournal.table)"
        let before = try Fixture.count(rows, at: path)
        try Fixture.raw(
            """
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)
            INSERT INTO order_numbers (order_id, number) SELECT 'PO-3', '+1408666' || printf('%04d', i) FROM n;
            """, at: path)
        #expect(try Fixture.count(rows, at: path) == before + 1)
    }

    @Test("the journal is not trusted once its last row is gone, belongs to another journal, or the schema changed")
    func distrust() throws {
        let path = try Fixture.database(Fixture.smallValid, in: folder, name: "distrust.sqlite")
        try Fixture.raw("UPDATE orders SET owner_name = 'A' WHERE id = 'PO-1'", at: path)
        let last = try #require(try position(path))
        #expect(try changes(path, since: last) != nil)
        var other = last
        other.token &+= 1
        #expect(try changes(path, since: other) == nil, "another journal's token")
        try Fixture.raw("CREATE TABLE unrelated (x)", at: path)
        #expect(try changes(path, since: last) == nil, "the schema changed")

        let trimmed = try Fixture.database(Fixture.smallValid, in: folder, name: "trimmed.sqlite")
        let first = try #require(try position(trimmed))
        try Fixture.raw("DELETE FROM \(ChangeJournal.table); UPDATE orders SET owner_name = 'B'", at: trimmed)
        #expect(try changes(trimmed, since: first) == nil, "the row it ended at was deleted")
    }

    @Test("an order id stored as a blob is a change the journal cannot name by text")
    func blobKey() throws {
        let path = try Fixture.database(Fixture.smallValid, in: folder, name: "blob.sqlite")
        let last = try #require(try position(path))
        try Fixture.raw("INSERT INTO order_events (order_id, at) VALUES (CAST('PO-1' AS BLOB), '2026-11-01T00:00:00Z')", at: path)
        #expect(try changes(path, since: last) == nil)
    }

    @Test("digests read by order id equal those of a scan of every row, with blob and NUL-suffixed ids")
    func digestsById() throws {
        let path = try Fixture.database(
            Fixture.smallValid + """
                INSERT INTO order_events (order_id, at) VALUES (CAST('PO-2' AS BLOB), '2026-11-01T00:00:00Z');
                INSERT INTO order_numbers (order_id, number) VALUES ('PO-3' || char(0) || 'x', '+14085559999');
                INSERT INTO order_numbers (order_id, number) VALUES ('PO-77', '+14085559998');
                """, in: folder, name: "byid.sqlite")
        try OrderDatabase(path: path).read { snapshot in
            let all = try snapshot.orderDigests()
            let ids: Set<String> = ["PO-1", "PO-2", "PO-3", "PO-77", "PO-404"]
            let some = try snapshot.orderDigests(ids: ids)
            for id in ids {
                #expect(some.orders[id] == all.orders[id], "\(id)")
                #expect(some.orphanRules[id] == all.orphanRules[id], "\(id)")
            }
            #expect(all.orphanRules["PO-77"] != nil)
            let shares = all.orders.values.reduce(0) { $0 &+ $1.rules } &+ all.orphanRules.values.reduce(0, &+)
            #expect(shares == all.numberRules)
        }
    }

    @Test("init adds the journal to a portdash database without one, once")
    func initAdds() throws {
        let path = folder.file("plain.sqlite")
        #expect(try DatabaseCreator.create(at: path, journal: false) == .created)
        #expect(try position(path) == nil)
        #expect(try DatabaseCreator.create(at: path) == .journalAdded)
        #expect(try position(path) != nil)
        #expect(try DatabaseCreator.create(at: path) == .alreadyCurrent)
    }
}

extension JournalTests {
    @Test("an order's digests read back from their text, and damaged text is refused")
    func digestText() {
        var digest = OrderDigest()
        digest.tables = [0, 1, .max, 0xabc, 42, 7]
        digest.rules = 0x1234_5678_9abc_def0
        #expect(OrderDigest(text: Substring(digest.text)) == digest)
        // As the facts read it: a slice of a longer line, up to its end or the next tab.
        let line = "o\tPO-1\tfp\t9\t" + digest.text
        #expect(OrderDigest(text: line.suffix(digest.text.count)) == digest)
        let inside = "x\t" + digest.text + "\ty"
        #expect(OrderDigest(text: inside.split(separator: "\t")[1]) == digest)
        for damaged in [
            "", "0 1 2", "0 1 ffffffffffffffff abc 2a 7 123456789abcdef0 1", "0 1 x abc 2a 7 1", "0  1 2 3 4 5 6", "0 1 1ffffffffffffffff 3 4 5 6",
        ] {
            #expect(OrderDigest(text: Substring(damaged)) == nil, "\(damaged)")
        }
    }
}

extension JournalTests {
    @Test("a write repeating the journal's last row adds no row, and is still seen as a change")
    func repeatOfLastRow() throws {
        let path = try Fixture.database(Fixture.smallValid, in: folder, name: "repeat.sqlite")
        try Fixture.raw("UPDATE orders SET owner_name = 'A' WHERE id = 'PO-1'", at: path)
        let last = try #require(try position(path))
        try Fixture.raw("UPDATE orders SET owner_name = 'B' WHERE id = 'PO-1'", at: path)
        #expect(try position(path)?.seq == last.seq, "the repeat added a row")
        #expect(try changes(path, since: last)?.orderIds == ["PO-1"])
    }
}

extension JournalTests {
    @Test("the journal keeps its last rows only: the triggers trim it as it grows")
    func trimmed() throws {
        let path = try Fixture.database(Fixture.smallValid, in: folder, name: "grown.sqlite")
        try Fixture.raw(
            """
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < \(ChangeJournal.kept + 5_000))
            INSERT INTO \(ChangeJournal.table) (tbl, key) SELECT 'orders', 'PO-' || i FROM n;
            """, at: path)
        let rows = try Fixture.count("SELECT count(*) FROM \(ChangeJournal.table)", at: path)
        #expect(rows <= ChangeJournal.kept + 1_000)
        #expect(rows >= ChangeJournal.kept)
        #expect(try Fixture.count("SELECT max(seq) - min(seq) + 1 FROM \(ChangeJournal.table)", at: path) == rows, "not the newest rows")
    }
}
