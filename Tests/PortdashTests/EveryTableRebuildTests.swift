import Dashboard
import Foundation
import OrderStore
import SiteBuilder
import TestSupport
import Testing

/// A change to any table, rebuilt incrementally, publishes exactly the site a cold build makes from
/// the same database: no page may be kept because its fingerprint missed an input.
@Suite("Incremental rebuilds equal cold builds, table by table")
struct EveryTableRebuildTests {
    static let changes: [(table: String, sql: String)] = [
        (
            "carriers (name)",
            "UPDATE carriers SET name = 'Renamed Carrier' WHERE id = (SELECT losing_carrier_id FROM orders WHERE id = 'PO-10003')"
        ),
        ("carriers (spid)", "UPDATE carriers SET spid = '0000' WHERE id = (SELECT losing_carrier_id FROM orders WHERE id = 'PO-10003')"),
        (
            "users",
            "UPDATE users SET name = 'Renamed User' WHERE id = (SELECT user_id FROM phone_numbers WHERE user_id IS NOT NULL ORDER BY number LIMIT 1)"
        ),
        ("orders", "UPDATE orders SET owner_name = 'New Owner', address_line1 = '1 New Street' WHERE id = 'PO-10003'"),
        (
            "order_numbers",
            """
            UPDATE order_numbers SET status = 'rejected', rejection_code = 'BTN_MISMATCH', rejection_reason = 'The BTN does not match.'
            WHERE rowid = (SELECT min(rowid) FROM order_numbers WHERE order_id = 'PO-10005')
            """
        ),
        (
            // Every number and the BTN of an order move to another exchange: the search shards that
            // listed them must lose them, though no number of the order is in them any more.
            "order_numbers (moved to another exchange)",
            """
            UPDATE order_numbers SET number = '+1999555' || substr(number, -4) WHERE order_id = 'PO-10005';
            UPDATE orders SET btn = '+19995550000' WHERE id = 'PO-10005'
            """
        ),
        (
            "order_events",
            """
            INSERT INTO order_events (order_id, at, from_status, to_status, actor, note)
            VALUES ('PO-10004', '2026-11-19T10:00:00Z', 'submitted', 'submitted', 'ops', 'Called the losing carrier')
            """
        ),
        ("order_notifications", "INSERT INTO order_notifications VALUES ('PO-10004', 'new-contact@customer.example')"),
        (
            "temp_numbers",
            "UPDATE temp_numbers SET state = 'released', swapped_at = '2026-11-19T10:00:00Z' WHERE rowid = (SELECT min(rowid) FROM temp_numbers)"
        ),
        ("phone_numbers", "UPDATE phone_numbers SET user_id = NULL WHERE rowid = (SELECT min(rowid) FROM phone_numbers WHERE user_id IS NOT NULL)"),
        ("loa_signatures", "UPDATE loa_signatures SET signer_title = 'Chief Porting Officer' WHERE rowid = (SELECT min(rowid) FROM loa_signatures)"),
        (
            "orders (deleted)",
            """
            DELETE FROM order_numbers WHERE order_id = 'PO-10010'; DELETE FROM order_events WHERE order_id = 'PO-10010';
            DELETE FROM order_notifications WHERE order_id = 'PO-10010'; DELETE FROM temp_numbers WHERE order_id = 'PO-10010';
            DELETE FROM loa_signatures WHERE order_id = 'PO-10010'; UPDATE phone_numbers SET order_id = NULL WHERE order_id = 'PO-10010';
            UPDATE orders SET restarted_from = NULL WHERE restarted_from = 'PO-10010'; DELETE FROM orders WHERE id = 'PO-10010'
            """
        ),
    ]

    @Test("a change to one table, rebuilt incrementally, equals a cold build", arguments: changes.indices)
    func change(_ index: Int) throws {
        let (table, sql) = Self.changes[index]
        let folder = TemporaryFolder("table-\(index)")
        let database = folder.file("demo.sqlite")
        _ = try DemoDatabase.write(to: database, orders: 40, seed: 9)
        var config = SiteConfig()
        config.asOf = "2026-11-20T17:00:00Z"
        func build(_ output: String) throws -> BuildResult {
            try SiteBuilder.build(BuildOptions(database: database, output: folder.file(output), theme: SiteInspection.defaultTheme, config: config))
        }
        _ = try build("incremental")
        let before = TreeSnapshot(folder.file("incremental"))
        try Fixture.raw(sql, at: database)
        let result = try build("incremental")
        #expect(result.filesWritten + result.filesRemoved > 0, "\(table): the change changed nothing")
        _ = try build("cold")
        let incremental = TreeSnapshot(folder.file("incremental")), cold = TreeSnapshot(folder.file("cold"))
        #expect(!incremental.sameContent(as: before), "\(table): the site did not change")
        let differing = incremental.differingFiles(from: cold)
        #expect(differing.isEmpty, "\(table): the incremental build differs from a cold build in \(differing.prefix(5))")
    }
}
