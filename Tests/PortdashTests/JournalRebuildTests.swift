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
}
