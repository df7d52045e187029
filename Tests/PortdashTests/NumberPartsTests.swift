import Dashboard
import Foundation
import OrderStore
import Publisher
import SiteBuilder
import TestSupport
import Testing

/// The orders and their numbers are exported in parts of `Exports.partSize` orders: a change to one order
/// rewrites its parts only, the parts hold every order and number once, and an incremental build
/// still equals a cold one when the boundaries move.
@Suite("Orders and order numbers exported in parts")
struct NumberPartsTests {
    @Test("one order's change rewrites its part only; a deleted order moves the boundaries; incremental equals cold")
    func parts() throws {
        let folder = TemporaryFolder("parts")
        let database = folder.file("demo.sqlite")
        _ = try DemoDatabase.write(to: database, orders: Exports.partSize + 100, seed: 4)
        var config = SiteConfig()
        config.asOf = "2026-11-20T17:00:00Z"
        func build(_ output: String) throws -> BuildResult {
            try SiteBuilder.build(BuildOptions(database: database, output: folder.file(output), theme: SiteInspection.defaultTheme, config: config))
        }
        func sameAsCold(_ step: String) throws {
            try? FileManager.default.removeItem(atPath: folder.file("cold"))
            _ = try build("cold")
            let incremental = TreeSnapshot(folder.file("incremental")), cold = TreeSnapshot(folder.file("cold"))
            let differing = incremental.differingFiles(from: cold)
            #expect(differing.isEmpty, "\(step): differs from a cold build in \(differing.prefix(5))")
        }
        _ = try build("incremental")
        // A first build whose order digests come after every order is applied makes the same site,
        // manifest and all, as one that knows them first (a WAL database: one connection, digests first).
        let wal = folder.file("wal.sqlite")
        try FileManager.default.copyItem(atPath: database, toPath: wal)
        try Fixture.raw("PRAGMA journal_mode = WAL", at: wal)
        _ = try SiteBuilder.build(BuildOptions(database: wal, output: folder.file("first"), theme: SiteInspection.defaultTheme, config: config))
        var late = BuildOptions(database: database, output: folder.file("late"), theme: SiteInspection.defaultTheme, config: config)
        late.orderDigestsLast = true
        _ = try SiteBuilder.build(late)
        let lateDiffering = TreeSnapshot(folder.file("late")).differingFiles(from: TreeSnapshot(folder.file("first")))
        #expect(lateDiffering.isEmpty, "digests last: \(lateDiffering.prefix(5))")
        func records(_ output: String) -> [Substring] {
            // The first line records the database file's identity, which differs.
            SiteInspection.text(folder.file(output), Manifest.fileName).split(separator: "\n").filter { !$0.hasPrefix("#inputs") }
        }
        let (lateRecords, firstRecords) = (records("late"), records("first"))
        let sameRecords = lateRecords == firstRecords
        #expect(sameRecords, "manifests differ: \(zip(lateRecords, firstRecords).filter { $0 != $1 }.prefix(3))")
        let out = folder.file("incremental")
        let index = SiteInspection.exportRows(out, "order-numbers/index")
        #expect(index.count == 2)
        #expect(index.map { $0["orders"] as? Int } == [Exports.partSize, 100])
        let total = try Fixture.count("SELECT count(*) FROM order_numbers", at: database)
        let rows = SiteInspection.exportRows(out, "order-numbers/part-0001") + SiteInspection.exportRows(out, "order-numbers/part-0002")
        #expect(rows.count == total)
        #expect(index.map { $0["numbers"] as? Int }.compactMap { $0 }.reduce(0, +) == total)
        // The orders come in the same parts: part k of both covers the same orders.
        let orderIndex = SiteInspection.exportRows(out, "orders/index")
        #expect(orderIndex.map { $0["first_order_id"] as? String } == index.map { $0["first_order_id"] as? String })
        let orders = SiteInspection.exportRows(out, "orders/part-0001") + SiteInspection.exportRows(out, "orders/part-0002")
        #expect(orders.count == Exports.partSize + 100 && Set(orders.compactMap { $0["id"] as? String }).count == orders.count)
        #expect(orders[Exports.partSize]["id"] as? String == index[1]["first_order_id"] as? String)

        // A number of an order in the second part changes: that part of the numbers is rewritten, and
        // nothing else of either export.
        try Fixture.raw(
            "UPDATE order_numbers SET status = 'rejected', rejection_code = 'TEST_CODE', rejection_reason = 'Changed by the test' WHERE rowid = (SELECT rowid FROM order_numbers WHERE order_id = (SELECT id FROM orders ORDER BY id LIMIT 1 OFFSET \(Exports.partSize + 50)) LIMIT 1)",
            at: database)
        let changed = try build("incremental")
        let parts = changed.written.filter { $0.hasPrefix("exports/order") }
        #expect(parts == ["exports/order-numbers/part-0002.csv", "exports/order-numbers/part-0002.json"], "\(parts)")
        try sameAsCold("a number in part 2")

        // An order in the first part changes status: that part of the orders is rewritten, nothing else of either.
        try Fixture.raw("UPDATE orders SET status = 'cancelled' WHERE id = (SELECT id FROM orders ORDER BY id LIMIT 1 OFFSET 5)", at: database)
        let status = try build("incremental").written.filter { $0.hasPrefix("exports/order") }
        #expect(status == ["exports/orders/part-0001.csv", "exports/orders/part-0001.json"], "\(status)")
        try sameAsCold("an order's status in part 1")

        // An order of the first part is deleted: the boundary moves and both parts are right.
        try Fixture.raw(
            """
            CREATE TEMP TABLE gone AS SELECT id FROM orders ORDER BY id LIMIT 1 OFFSET 10;
            DELETE FROM order_numbers WHERE order_id IN gone; DELETE FROM order_events WHERE order_id IN gone;
            DELETE FROM order_notifications WHERE order_id IN gone; DELETE FROM temp_numbers WHERE order_id IN gone;
            DELETE FROM loa_signatures WHERE order_id IN gone; UPDATE phone_numbers SET order_id = NULL WHERE order_id IN gone;
            UPDATE orders SET restarted_from = NULL WHERE restarted_from IN gone; DELETE FROM orders WHERE id IN gone;
            """, at: database)
        _ = try build("incremental")
        #expect(SiteInspection.exportRows(out, "order-numbers/index").map { $0["orders"] as? Int } == [Exports.partSize, 99])
        try sameAsCold("an order deleted from part 1")
    }
}
