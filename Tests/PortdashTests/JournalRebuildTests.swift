import Dashboard
import Foundation
import OrderStore
import SiteBuilder
import TestSupport
import Testing

/// Rebuilds that learn what changed from the database's change journal, and those that must not.
@Suite("Rebuilding from the change journal")
struct JournalRebuildTests {
    let folder = TemporaryFolder("journal-rebuild")

    func build(_ database: String, _ output: String, journal: Bool = true) throws -> BuildResult {
        var config = SiteConfig()
        config.asOf = "2026-11-20T17:00:00Z"
        var options = BuildOptions(database: database, output: folder.file(output), theme: SiteInspection.defaultTheme, config: config)
        options.readsJournal = journal
        return try SiteBuilder.build(options)
    }

    func expectSameAsCold(_ database: String, _ output: String, _ what: String) throws {
        try? FileManager.default.removeItem(atPath: folder.file("cold"))
        _ = try build(database, "cold")
        let differing = TreeSnapshot(folder.file(output)).differingFiles(from: TreeSnapshot(folder.file("cold")))
        #expect(differing.isEmpty, "\(what): differs from a cold build in \(differing.prefix(5))")
    }

    @Test("a change is read from the journal; a database replaced by another file, or a journal whose triggers were dropped, is not trusted")
    func replacedDatabase() throws {
        let database = folder.file("orders.sqlite")
        _ = try DemoDatabase.write(to: database, orders: 30, seed: 4)
        #expect(try !build(database, "site").journalRead, "a first build has nothing to compare with")
        try Fixture.raw("UPDATE orders SET owner_name = 'Changed Owner' WHERE id = 'PO-10003'", at: database)
        #expect(try build(database, "site").journalRead)
        try expectSameAsCold(database, "site", "a change read from the journal")

        // Another database at the same path: its journal is not the one the site was built from.
        try FileManager.default.removeItem(atPath: database)
        _ = try DemoDatabase.write(to: database, orders: 30, seed: 5)
        try Fixture.raw("UPDATE orders SET owner_name = 'Other Owner' WHERE id = 'PO-10004'", at: database)
        #expect(try !build(database, "site").journalRead)
        try expectSameAsCold(database, "site", "a replaced database")

        // Triggers dropped, then a write they would have seen: the journal is not complete any more.
        try Fixture.raw(
            "DROP TRIGGER \(ChangeJournal.table)_orders_update; UPDATE orders SET owner_name = 'Unseen Owner' WHERE id = 'PO-10005'", at: database)
        #expect(try !build(database, "site").journalRead)
        try expectSameAsCold(database, "site", "a journal without its triggers")

        // Trusted again from the next build on (it recorded where the journal stood), unless asked not to.
        try Fixture.raw("UPDATE orders SET owner_name = 'Seen Owner' WHERE id = 'PO-10006'", at: database)
        #expect(try !build(database, "site", journal: false).journalRead, "--no-journal")
        try expectSameAsCold(database, "site", "--no-journal")
    }

    @Test("the 'as of' time taken from the data follows the latest activity as it rises and falls, as a cold build shows it")
    func latestActivity() throws {
        let database = folder.file("latest.sqlite")
        _ = try DemoDatabase.write(to: database, orders: 30, seed: 6)
        func build(_ output: String) throws -> BuildResult {
            try SiteBuilder.build(
                BuildOptions(database: database, output: folder.file(output), theme: SiteInspection.defaultTheme, config: SiteConfig()))
        }
        _ = try build("latest")
        let steps = [
            (
                "a later event",
                "INSERT INTO order_events (order_id, at, to_status, actor) VALUES ('PO-10002', '2027-01-05T09:00:00Z', 'submitted', 'ops')"
            ),
            ("another order changes", "UPDATE orders SET owner_name = 'Someone Else' WHERE id = 'PO-10007'"),
            ("a later update on another order", "UPDATE orders SET updated_at = '2027-02-01T00:00:00Z' WHERE id = 'PO-10009'"),
            ("the latest falls back", "UPDATE orders SET updated_at = '2026-01-01T00:00:00Z' WHERE id = 'PO-10009'"),
            ("the latest event goes", "DELETE FROM order_events WHERE at = '2027-01-05T09:00:00Z'"),
            ("an order that holds nothing changes", "UPDATE orders SET business_name = 'Renamed Inc' WHERE id = 'PO-10011'"),
        ]
        var fromJournal = 0
        for (what, sql) in steps {
            try Fixture.raw(sql, at: database)
            if try build("latest").journalRead { fromJournal += 1 }
            try? FileManager.default.removeItem(atPath: folder.file("cold"))
            _ = try build("cold")
            let differing = TreeSnapshot(folder.file("latest")).differingFiles(from: TreeSnapshot(folder.file("cold")))
            #expect(differing.isEmpty, "\(what): differs from a cold build in \(differing.prefix(5))")
        }
        #expect(fromJournal == steps.count)
    }

    @Test("a write to most orders is found by the scan of every row, not order by order through the journal")
    func manyOrders() throws {
        let database = folder.file("many.sqlite")
        _ = try DemoDatabase.write(to: database, orders: 100, seed: 7)
        _ = try build(database, "many")
        try Fixture.raw("UPDATE orders SET owner_name = owner_name || ' Jr'", at: database)
        #expect(try !build(database, "many").journalRead)
        try expectSameAsCold(database, "many", "a write to every order")
        try Fixture.raw("UPDATE orders SET owner_name = 'One Owner' WHERE id = 'PO-10050'", at: database)
        #expect(try build(database, "many").journalRead, "the next build trusts the journal again")
        try expectSameAsCold(database, "many", "one order after many")
    }

    @Test("rows whose order does not exist appear and go as a cold build shows them, when only the orders the journal names are read again")
    func orphansFollowTheJournal() throws {
        let database = folder.file("orphans.sqlite")
        _ = try DemoDatabase.write(to: database, orders: 30, seed: 8)
        // A copy of an order to put back, made before the first build: a new table changes the
        // schema, and the journal is not trusted across that.
        try Fixture.raw("CREATE TABLE saved AS SELECT * FROM orders WHERE id = 'PO-10004'", at: database)
        _ = try build(database, "orphans")
        func problems() -> String { SiteInspection.text(folder.file("orphans"), "problems/index.html") }
        let gone = "refers to order &quot;PO-GONE&quot;, which does not exist"
        let deleted = "refers to order &quot;PO-10004&quot;, which does not exist"
        // Whether each build reads the journal (nil: either).
        let steps: [(what: String, sql: String, journal: Bool?, shows: [String], hides: [String])] = [
            (
                "an event for an order that does not exist",
                "INSERT INTO order_events (order_id, at, to_status, actor) VALUES ('PO-GONE', '2026-11-01T09:00:00Z', 'submitted', 'ops')",
                true, [gone], []
            ),
            (
                "an order deleted, its rows left",
                "DELETE FROM orders WHERE id = 'PO-10004'", true, [gone, deleted], []
            ),
            ("another order changes", "UPDATE orders SET owner_name = 'Someone Else' WHERE id = 'PO-10007'", true, [gone, deleted], []),
            ("the order back", "INSERT INTO orders SELECT * FROM saved", true, [gone], [deleted]),
            ("the orphan event removed", "DELETE FROM order_events WHERE order_id = 'PO-GONE'", true, [], [gone]),
            (
                "an event naming its order by a blob",
                "INSERT INTO order_events (order_id, at, to_status, actor) VALUES (CAST('PO-10008' AS BLOB), '2026-11-02T09:00:00Z', 'submitted', 'ops')",
                false, ["PO-10008"], []
            ),
            ("then an order deleted", "DELETE FROM orders WHERE id = 'PO-10008'", nil, ["PO-10008"], []),
            ("and another changes", "UPDATE orders SET owner_name = 'Another One' WHERE id = 'PO-10009'", true, ["PO-10008"], []),
        ]
        for step in steps {
            try Fixture.raw(step.sql, at: database)
            let read = try build(database, "orphans").journalRead
            if let journal = step.journal { #expect(read == journal, "\(step.what): read from the journal") }
            try expectSameAsCold(database, "orphans", step.what)
            let page = problems()
            for text in step.shows { #expect(page.contains(text), "\(step.what): the problems page shows \(text)") }
            for text in step.hides { #expect(!page.contains(text), "\(step.what): the problems page no longer shows \(text)") }
        }
    }

    @Test("a renamed order's search text shards, before and after, are made again from the journal; the others are kept, as a cold build makes them")
    func textShards() throws {
        let database = folder.file("text.sqlite")
        _ = try DemoDatabase.write(to: database, orders: 60, seed: 9)
        #expect(try build(database, "text").textShardsMade == nil, "a first build makes every shard")
        func shards() -> Set<String> {
            Set(((try? FileManager.default.contentsOfDirectory(atPath: folder.file("text/search"))) ?? []).filter { $0.hasPrefix("t-") })
        }
        let before = shards()
        let steps = [
            ("a business renamed", "UPDATE orders SET business_name = 'Zyxwv Quokka Holdings' WHERE id = 'PO-10007'", ["t-zyx", "t-quo", "t-hol"]),
            ("an owner renamed", "UPDATE orders SET owner_name = 'Xavier Qwerty' WHERE id = 'PO-10011'", []),
            ("a status changed", "UPDATE orders SET status = 'cancelled' WHERE id = 'PO-10012'", []),
            ("an order deleted", "DELETE FROM orders WHERE id = 'PO-10007'", []),
        ]
        for (what, sql, appear) in steps {
            try Fixture.raw(sql, at: database)
            let result = try build(database, "text")
            #expect(result.journalRead, "\(what): read from the journal")
            let made = try #require(result.textShardsMade, "\(what): the other text shards kept")
            #expect(made > 0 && made * 4 < before.count, "\(what): \(made) text shards made of \(before.count)")
            try expectSameAsCold(database, "text", what)
            for key in appear { #expect(shards().contains(key + ".js"), "\(what): \(key) published") }
        }
        #expect(!shards().contains("t-zyx.js"), "the shard of a deleted order's only name goes with it")
    }

    @Test(
        "with an order id held twice (an orders table without its key), a change is found by the digests, not the journal, and the search is whole, as a cold build makes it"
    )
    func repeatedIds() throws {
        let database = folder.file("repeated.sqlite")
        _ = try DemoDatabase.write(to: database, orders: 40, seed: 10)
        // The orders table made again without its key and with one id twice; dropping the old table
        // drops its triggers, and the journal's are made again on the new one.
        try Fixture.raw(
            """
            ALTER TABLE orders RENAME TO orders_keyed;
            CREATE TABLE orders AS SELECT * FROM orders_keyed;
            INSERT INTO orders SELECT * FROM orders_keyed WHERE id = 'PO-10003';
            UPDATE orders SET owner_name = 'Second Holder' WHERE rowid = (SELECT max(rowid) FROM orders);
            DROP TABLE orders_keyed;
            \(ChangeJournal.sql)
            """, at: database)
        _ = try build(database, "repeated")
        try Fixture.raw("UPDATE orders SET business_name = 'Quokka Zyxwv Traders' WHERE id = 'PO-10005'", at: database)
        // The kept facts and the journal give one digest per id, fewer than the order rows: the
        // journal is not enough, and every order's digest is computed.
        #expect(try !build(database, "repeated").journalRead)
        try expectSameAsCold(database, "repeated", "a change with an id held twice")
        #expect(SiteInspection.text(folder.file("repeated"), "search/t-quo.js").contains("Quokka Zyxwv Traders"))
    }

    @Test("a journal whose triggers watch a table renamed away (the orders table made again under its name) is not trusted")
    func triggersOnAnotherTable() throws {
        let database = folder.file("renamed.sqlite")
        _ = try DemoDatabase.write(to: database, orders: 30, seed: 11)
        _ = try build(database, "renamed")
        // The triggers follow the renamed table; the new orders table has none.
        try Fixture.raw("ALTER TABLE orders RENAME TO orders_old; CREATE TABLE orders AS SELECT * FROM orders_old", at: database)
        _ = try build(database, "renamed")
        try Fixture.raw("UPDATE orders SET owner_name = 'Unseen Owner' WHERE id = 'PO-10004'", at: database)
        #expect(try !build(database, "renamed").journalRead)
        try expectSameAsCold(database, "renamed", "a write the journal's triggers did not see")
        // `portdash init` puts the triggers back on the tables they watch; trusted again after.
        #expect(try DatabaseCreator.create(at: database) == .journalAdded)
        _ = try build(database, "renamed")
        try Fixture.raw("UPDATE orders SET owner_name = 'Seen Owner' WHERE id = 'PO-10005'", at: database)
        #expect(try build(database, "renamed").journalRead)
        try expectSameAsCold(database, "renamed", "a write after init mended the journal")
    }
}
