import Dashboard
import Foundation
import OrderStore
import Publisher
import SiteBuilder
import TestSupport
import Testing

@Suite("Publishing for scheduled rebuilds")
struct PublishingTests {
    let folder = TemporaryFolder("rebuild")

    func options(output: String = "out") throws -> BuildOptions {
        let database = folder.file("orders.sqlite")
        if !FileManager.default.fileExists(atPath: database) { _ = try Fixture.database(Fixture.smallValid, in: folder) }
        return BuildOptions(database: database, output: folder.file(output), theme: SiteInspection.defaultTheme, config: SiteConfig())
    }

    /// What PO-3 going from completed to partially completed changes: its page, the exports of orders,
    /// the summary, the lists it leaves and joins (all orders, its old and new status, the results of
    /// failed ports), and the search shards of its words (their status label).
    static let statusChangeWrites = [
        "exports/orders/part-0001.csv", "exports/orders/part-0001.json", "index.html", "orders-by-status/completed/index.html",
        "orders-by-status/partially_completed/index.html", "orders/index.html", "orders/po-3.html", "results/index.html",
        "search/t-joh.js", "search/t-smi.js",
    ]

    @Test("a rebuild of an unchanged database writes 0 files and changes no mtime")
    func noOp() throws {
        let first = try SiteBuilder.build(try options())
        #expect(first.filesWritten > 0)
        let before = TreeSnapshot(folder.file("out"))
        Thread.sleep(forTimeInterval: 0.02)
        let second = try SiteBuilder.build(try options())
        #expect(second.filesWritten == 0 && second.filesRemoved == 0 && !second.swapped)
        #expect(TreeSnapshot(folder.file("out")) == before)
    }

    @Test("changing one order's status rewrites that order's page and the pages that summarise it, nothing else")
    func oneOrder() throws {
        _ = try SiteBuilder.build(try options())
        try Fixture.raw("UPDATE orders SET status = 'partially_completed' WHERE id = 'PO-3'", at: folder.file("orders.sqlite"))
        let result = try SiteBuilder.build(try options())
        #expect(result.written == Self.statusChangeWrites)
        #expect(SiteInspection.text(folder.file("out"), "orders/po-3.html").contains("Partially completed"))
    }

    @Test("paths are not page inputs: naming the database, output and theme in the config re-renders only what changed")
    func pathsAreNotInputs() throws {
        _ = try SiteBuilder.build(try options())
        try Fixture.raw("UPDATE orders SET status = 'partially_completed' WHERE id = 'PO-3'", at: folder.file("orders.sqlite"))
        var named = try options()
        named.config.database = named.database
        named.config.output = named.output
        named.config.theme = named.theme
        let result = try SiteBuilder.build(named)
        #expect(result.written == Self.statusChangeWrites)
        let cold = try SiteBuilder.build(try options(output: "cold"))
        #expect(result.pagesRendered < cold.pagesRendered - 4)
    }

    @Test("files the host deletes are written again by the next build, though nothing else changed, and only they")
    func hostDeletes() throws {
        _ = try SiteBuilder.build(try options())
        let site = TreeSnapshot(folder.file("out"))
        let deleted = ["exports/orders/part-0001.csv", "index.html", "loa/po-3.html"]
        let before = deleted.map { SiteInspection.text(folder.file("out"), $0) }
        for path in deleted { try FileManager.default.removeItem(atPath: folder.file("out/\(path)")) }
        let result = try SiteBuilder.build(try options())
        #expect(result.written == deleted)
        #expect(deleted.map { SiteInspection.text(folder.file("out"), $0) } == before)
        #expect(TreeSnapshot(folder.file("out")).differingFiles(from: site).isEmpty)
    }

    @Test("a deleted order's pages are removed; a foreign file in the output survives")
    func deleted() throws {
        _ = try SiteBuilder.build(try options())
        folder.write("out/robots.txt", "User-agent: *")
        try Fixture.raw(
            "DELETE FROM orders WHERE id = 'PO-3'; DELETE FROM order_numbers WHERE order_id = 'PO-3'; DELETE FROM order_events WHERE order_id = 'PO-3'; UPDATE phone_numbers SET order_id = NULL WHERE order_id = 'PO-3'",
            at: folder.file("orders.sqlite"))
        let result = try SiteBuilder.build(try options())
        #expect(result.removed == ["loa/po-3.html", "orders/po-3.html", "search/n-15125550.js", "search/t-joh.js", "search/t-smi.js"])
        #expect(!FileManager.default.fileExists(atPath: folder.file("out/orders/po-3")))
        #expect(SiteInspection.text(folder.file("out"), "robots.txt") == "User-agent: *")
        #expect(SiteInspection.brokenLinks(in: folder.file("out")) == [])
    }

    @Test("a full disk during a build leaves the previous site and exits 74", arguments: [1, 3, 6])
    func fullDisk(failAt: Int) throws {
        _ = try SiteBuilder.build(try options())
        let before = TreeSnapshot(folder.file("out"))
        try Fixture.raw("UPDATE orders SET owner_name = 'Changed Owner' WHERE id = 'PO-2'", at: folder.file("orders.sqlite"))
        var faulty = try options()
        faulty.fileSystem = FaultyFileSystem(failAt: failAt)
        do {
            _ = try SiteBuilder.build(faulty)
            Issue.record("expected a failure")
        } catch let error as PublishError {
            #expect(error.exitStatus == .ioError)
            #expect(error.description.hasSuffix("No space left on device"))
        }
        #expect(TreeSnapshot(folder.file("out")) == before)
        #expect(!FileManager.default.fileExists(atPath: folder.file(".out.portdash-staging")))
    }
}
