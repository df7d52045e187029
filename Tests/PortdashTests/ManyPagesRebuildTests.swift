import Foundation
import PortingModel
import TestSupport
import Testing

/// The safety net of incremental republishing at a size where the order lists run to several pages,
/// the changes log to several, and the search and exports to several shards: 150 orders, then random
/// steps that also change, add and delete many orders, numbers and events at once, so that rows move
/// across page boundaries and pages appear and disappear. Each step is rebuilt through the journal
/// and through digests and compared with a cold build, as in `RebuildPropertyTests` (same seed).
@Suite("Incremental rebuilds equal cold builds over lists of many pages")
struct ManyPagesRebuildTests {
    static let steps = 30
    static let reach = RebuildPropertyTests.Reach(orders: 170, numbers: 8_000, events: 1_500, temps: 60, inventory: 8_000)

    /// A change to many rows at once, as SQL: every row whose rowid falls in one residue class.
    static func bulkStep(_ r: inout RebuildPropertyTests.Random, _ k: Int) -> (String, String) {
        let m = r.below(7) + 5, rest = r.below(m)
        let status = r.pick(OrderStatus.allCases).rawValue
        let numberStatus = r.pick(NumberStatus.allCases).rawValue
        let carrier = "(SELECT id FROM carriers ORDER BY id LIMIT 1 OFFSET \(r.below(6)))"
        switch r.below(7) {
        case 0:
            return ("change many orders' status", "UPDATE orders SET status = '\(status)', updated_at = '\(r.time())' WHERE rowid % \(m) = \(rest)")
        case 1:
            return (
                "move many orders' dates",
                "UPDATE orders SET submitted_at = '\(r.time())', foc_date = '\(r.day())', requested_port_date = '\(r.day())' WHERE rowid % \(m) = \(rest)"
            )
        case 2:
            return (
                "delete many orders",
                """
                CREATE TEMP TABLE IF NOT EXISTS gone (id TEXT); DELETE FROM gone; INSERT INTO gone SELECT id FROM orders WHERE rowid % \(m) = \(rest);
                DELETE FROM order_numbers WHERE order_id IN gone; DELETE FROM order_events WHERE order_id IN gone;
                DELETE FROM order_notifications WHERE order_id IN gone; DELETE FROM temp_numbers WHERE order_id IN gone;
                DELETE FROM loa_signatures WHERE order_id IN gone; UPDATE phone_numbers SET order_id = NULL WHERE order_id IN gone;
                UPDATE orders SET restarted_from = NULL WHERE restarted_from IN gone; DELETE FROM orders WHERE id IN gone;
                """
            )
        case 3:
            let prefix = "PO-8\(String(format: "%03d", k))"
            return (
                "add many orders",
                """
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < \(40 + r.below(160)))
                INSERT INTO orders (id, status, owner_name, address_line1, btn, losing_carrier_id, created_at, submitted_at, foc_date)
                SELECT '\(prefix)' || printf('%03d', i), '\(status)', 'Bulk owner ' || i, i || ' Main St', '+1408556' || printf('%04d', \(k * 7) + i),
                  \(carrier), '2026-10-' || printf('%02d', 1 + i % 28) || 'T10:00:00Z', '2026-10-' || printf('%02d', 1 + i % 28) || 'T11:00:00Z',
                  CASE WHEN i % 3 = 0 THEN '2026-11-' || printf('%02d', 1 + i % 28) END FROM n;
                INSERT OR IGNORE INTO order_numbers (order_id, number, status) SELECT id, btn, '\(numberStatus)' FROM orders WHERE id LIKE '\(prefix)%';
                """
            )
        case 4:
            return (
                "change many numbers' status",
                """
                UPDATE order_numbers SET status = '\(numberStatus)', rejection_code = \(numberStatus == "rejected" ? "'BTN_MISMATCH'" : "NULL"),
                  rejection_reason = \(numberStatus == "rejected" ? "'Rejected by the carrier'" : "NULL") WHERE rowid % \(m * 20) = \(rest)
                """
            )
        case 5:
            return (
                "add an event to many orders",
                "INSERT INTO order_events (order_id, at, from_status, to_status, actor, note) SELECT id, '\(r.time())', NULL, NULL, 'ops', 'Bulk note \(k)' FROM orders WHERE rowid % \(m) = \(rest)"
            )
        default:
            return ("delete many events", "DELETE FROM order_events WHERE id % \(m * 2) = \(rest)")
        }
    }

    /// The order lists' and the changes log's pages past the first, in a site (not the inventory's).
    static func laterPages(_ site: TreeSnapshot) -> Int {
        site.files.keys.filter { path in
            let name = path.split(separator: "/").last ?? ""
            return path.contains("/pages/") || path.hasPrefix("changes/") && name.hasPrefix("older-")
        }.count
    }

    @Test("30 random steps over 150 orders, many rows at a time, each rebuilt incrementally and equal to a cold build")
    func manyPages() throws {
        var pages: [Int] = []
        let outcome = try RebuildPropertyTests.run(
            orders: 150, demoSeed: 5, steps: Self.steps,
            step: { r, k in r.below(2) == 0 ? Self.bulkStep(&r, k) : RebuildPropertyTests.step(&r, k, reach: Self.reach) },
            inspect: { _, site in pages.append(Self.laterPages(site)) })
        guard let outcome else { return }
        let seed = RebuildPropertyTests.seed
        #expect(outcome.changed > Self.steps / 2, "seed \(seed): only \(outcome.changed) of \(Self.steps) steps changed the site")
        #expect(outcome.fromJournal[0] > 0, "seed \(seed): no rebuild read the journal")
        // The lists really ran to several pages, and pages came and went.
        #expect((pages.max() ?? 0) >= 5, "seed \(seed): at most \(pages.max() ?? 0) list pages past the first")
        let moves = zip(pages, pages.dropFirst()).filter { $0 != $1 }.count
        #expect(moves >= 3, "seed \(seed): the number of list pages changed in only \(moves) steps: \(pages)")
    }
}
