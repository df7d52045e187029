import Dashboard
import Foundation
import OrderStore
import PortingModel
import SiteBuilder
import TestSupport
import Testing

/// The safety net of incremental republishing: a demo database, then 200 random steps (insert,
/// update and delete orders, order numbers, events, temporary numbers, inventory numbers, users,
/// carriers and LOA signatures; rename a carrier or a user; restart an order), an incremental build
/// after each, and after each step the published tree equals, byte for byte, a cold build into a
/// fresh folder. The seed is printed with every failure; set PORTDASH_TEST_SEED to try another.
@Suite("Incremental rebuilds equal cold builds over random steps")
struct RebuildPropertyTests {
    static let seed: UInt64 = ProcessInfo.processInfo.environment["PORTDASH_TEST_SEED"].flatMap { UInt64($0) } ?? 20_261_129
    static let steps = 200

    struct Random {
        var generator: SeededRandom
        init(state: UInt64) { generator = SeededRandom(seed: state) }
        mutating func below(_ n: Int) -> Int { Int(generator.next() % UInt64(max(1, n))) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
        mutating func number() -> String { "+1408555\(String(format: "%04d", below(10_000)))" }
        mutating func day() -> String { "2026-\(pick(["09", "10", "11"]))-\(String(format: "%02d", below(28) + 1))" }
        mutating func time() -> String { day() + "T\(String(format: "%02d", below(24))):\(String(format: "%02d", below(60))):00Z" }
    }

    /// How far into each table a step reaches for the row it changes: past the last row at times,
    /// so that some steps change nothing.
    struct Reach {
        var orders = 40, numbers = 200, events = 100, temps = 20, inventory = 300
    }

    /// One random change, as SQL. Each reads the database's current ids through subqueries, so a
    /// step whose target is gone simply changes nothing.
    static func step(_ r: inout Random, _ k: Int, reach: Reach = Reach()) -> (String, String) {
        let order = "(SELECT id FROM orders ORDER BY id LIMIT 1 OFFSET \(r.below(reach.orders)))"
        let status = r.pick(OrderStatus.allCases).rawValue
        let numberStatus = r.pick(NumberStatus.allCases).rawValue
        let carrier = "(SELECT id FROM carriers ORDER BY id LIMIT 1 OFFSET \(r.below(6)))"
        let user = "(SELECT id FROM users ORDER BY id LIMIT 1 OFFSET \(r.below(8)))"
        let newId = "PO-9\(String(format: "%04d", k))"
        switch r.below(22) {
        case 0:
            return (
                "insert an order",
                """
                INSERT INTO orders (id, status, owner_name, address_line1, btn, losing_carrier_id, created_at, submitted_at, foc_date)
                VALUES ('\(newId)', '\(status)', 'Owner \(k)', '\(k) Main St', '\(r.number())', \(carrier), '\(r.time())', '\(r.time())',
                  \(r.below(2) == 0 ? "NULL" : "'\(r.day())'"));
                INSERT OR IGNORE INTO order_numbers (order_id, number, status) VALUES ('\(newId)', '\(r.number())', '\(numberStatus)');
                """
            )
        case 1: return ("change an order's status", "UPDATE orders SET status = '\(status)', updated_at = '\(r.time())' WHERE id = \(order)")
        case 2:
            return (
                "change an order's owner and dates",
                "UPDATE orders SET owner_name = 'Owner \(k)', business_name = \(r.below(2) == 0 ? "NULL" : "'Business \(k)'"), foc_date = '\(r.day())', completed_at = \(r.below(3) == 0 ? "'\(r.time())'" : "NULL") WHERE id = \(order)"
            )
        case 3:
            return (
                "delete an order",
                """
                CREATE TEMP TABLE IF NOT EXISTS gone (id TEXT); DELETE FROM gone; INSERT INTO gone SELECT \(order);
                DELETE FROM order_numbers WHERE order_id IN gone; DELETE FROM order_events WHERE order_id IN gone;
                DELETE FROM order_notifications WHERE order_id IN gone; DELETE FROM temp_numbers WHERE order_id IN gone;
                DELETE FROM loa_signatures WHERE order_id IN gone; UPDATE phone_numbers SET order_id = NULL WHERE order_id IN gone;
                UPDATE orders SET restarted_from = NULL WHERE restarted_from IN gone; DELETE FROM orders WHERE id IN gone;
                """
            )
        case 4:
            return (
                "add a number to an order",
                "INSERT OR IGNORE INTO order_numbers (order_id, number, status) SELECT id, '\(r.number())', '\(numberStatus)' FROM orders WHERE id = \(order)"
            )
        case 5:
            return (
                "change a number's status",
                """
                UPDATE order_numbers SET status = '\(numberStatus)', rejection_code = \(numberStatus == "rejected" ? "'\(r.pick(["BTN_MISMATCH", "PIN_INVALID", "ADDRESS_MISMATCH"]))'" : "NULL"),
                  rejection_reason = \(numberStatus == "rejected" ? "'Rejected by the carrier'" : "NULL"), foc_date = '\(r.day())'
                WHERE rowid = (SELECT rowid FROM order_numbers ORDER BY rowid LIMIT 1 OFFSET \(r.below(reach.numbers)))
                """
            )
        case 6:
            return (
                "delete a number",
                "DELETE FROM order_numbers WHERE rowid = (SELECT rowid FROM order_numbers ORDER BY rowid LIMIT 1 OFFSET \(r.below(reach.numbers)))"
            )
        case 7:
            return (
                "add an event",
                "INSERT INTO order_events (order_id, at, from_status, to_status, actor, note) SELECT id, '\(r.time())', 'submitted', '\(status)', 'ops', 'Step \(k)' FROM orders WHERE id = \(order)"
            )
        case 8:
            return (
                "delete an event",
                "DELETE FROM order_events WHERE id = (SELECT id FROM order_events ORDER BY id LIMIT 1 OFFSET \(r.below(reach.events)))"
            )
        case 9:
            return (
                "add a temporary number",
                "INSERT OR IGNORE INTO temp_numbers (order_id, ported_number, temp_number, assigned_at, state) SELECT order_id, number, '\(r.number())', '\(r.time())', 'active' FROM order_numbers ORDER BY rowid LIMIT 1 OFFSET \(r.below(reach.numbers / 2))"
            )
        case 10:
            return (
                "change a temporary number",
                "UPDATE temp_numbers SET state = '\(r.pick(["active", "swapped", "released"]))', swapped_at = '\(r.time())' WHERE rowid = (SELECT rowid FROM temp_numbers ORDER BY rowid LIMIT 1 OFFSET \(r.below(reach.temps)))"
            )
        case 11:
            return (
                "delete a temporary number",
                "DELETE FROM temp_numbers WHERE rowid = (SELECT rowid FROM temp_numbers ORDER BY rowid LIMIT 1 OFFSET \(r.below(reach.temps)))"
            )
        case 12:
            return (
                "add an inventory number",
                "INSERT OR IGNORE INTO phone_numbers (number, source, status, user_id, acquired_at) VALUES ('\(r.number())', '\(r.pick(["ported", "new", "temporary"]))', 'active', \(r.below(2) == 0 ? user : "NULL"), '\(r.time())')"
            )
        case 13:
            return (
                "assign an inventory number",
                "UPDATE phone_numbers SET user_id = \(r.below(3) == 0 ? "NULL" : user) WHERE number = (SELECT number FROM phone_numbers ORDER BY number LIMIT 1 OFFSET \(r.below(reach.inventory)))"
            )
        case 14:
            return (
                "delete an inventory number",
                "DELETE FROM phone_numbers WHERE number = (SELECT number FROM phone_numbers ORDER BY number LIMIT 1 OFFSET \(r.below(reach.inventory)))"
            )
        case 15: return ("add a user", "INSERT INTO users (name, email) VALUES ('User \(k)', 'user\(k)@example.com')")
        case 16: return ("rename a user", "UPDATE users SET name = 'Renamed \(k)' WHERE id = \(user)")
        case 17: return ("add a carrier", "INSERT INTO carriers (name, spid) VALUES ('Carrier \(k)', '\(1000 + k)')")
        case 18:
            return (
                "rename a carrier",
                "UPDATE carriers SET name = 'Carrier renamed \(k)', spid = \(r.below(2) == 0 ? "NULL" : "'\(k)'") WHERE id = \(carrier)"
            )
        case 19:
            return (
                "sign an LOA",
                "INSERT OR REPLACE INTO loa_signatures (order_id, signer_name, signer_title, signer_email, accepted_at, loa_version) SELECT id, 'Signer \(k)', 'Title', 'signer@example.com', '\(r.time())', 'v2' FROM orders WHERE id = \(order)"
            )
        case 20: return ("withdraw an LOA signature", "DELETE FROM loa_signatures WHERE order_id = \(order)")
        default:
            return (
                "restart an order",
                """
                INSERT INTO orders (id, status, owner_name, address_line1, btn, losing_carrier_id, created_at, submitted_at, restarted_from)
                SELECT '\(newId)', 'submitted', owner_name, address_line1, btn, losing_carrier_id, '\(r.time())', '\(r.time())', id FROM orders WHERE id = \(order);
                INSERT OR IGNORE INTO order_numbers (order_id, number, status)
                  SELECT '\(newId)', number, 'submitted' FROM order_numbers WHERE order_id = (SELECT restarted_from FROM orders WHERE id = '\(newId)');
                UPDATE orders SET status = 'cancelled' WHERE id = (SELECT restarted_from FROM orders WHERE id = '\(newId)');
                """
            )
        }
    }

    /// Each step is rebuilt twice, into two sites: one learning what changed from the database's
    /// change journal, one from SQLite's digests of every row (`--no-journal`). Both must equal the
    /// step's cold build. The "as of" time comes from the data (the latest activity, which the
    /// journal's builds carry over from build to build).
    @Test("200 random steps, each rebuilt incrementally through the journal and through digests, each equal to a cold build")
    func randomSteps() throws {
        guard let outcome = try Self.run(orders: 12, demoSeed: 3, steps: Self.steps, step: { r, k in Self.step(&r, k) }) else { return }
        // The steps must really change the site, or the comparison proves little.
        #expect(outcome.changed > Self.steps / 2, "seed \(Self.seed): only \(outcome.changed) of \(Self.steps) steps changed the site")
        // Each site's rebuilds learnt what changed the way it tests.
        #expect(outcome.fromJournal[0] > Self.steps / 2, "seed \(Self.seed): \(outcome.fromJournal[0]) rebuilds read the journal")
        #expect(outcome.fromJournal[1] == 0, "seed \(Self.seed): --no-journal read the journal \(outcome.fromJournal[1]) times")
    }

    /// What a run saw: how many steps changed the site, and how many rebuilds of each way read the journal.
    struct Outcome {
        var changed = 0
        var fromJournal = [0, 0]
    }

    /// A demo database of `orders` orders, then `steps` random changes from `step`, each rebuilt
    /// through the journal and through digests and compared with a cold build (see `randomSteps`);
    /// `inspect` sees each step's cold site. Nil when a rebuild differed (the failure is recorded).
    static func run(
        orders: Int, demoSeed: UInt64, steps: Int, step: (inout Random, Int) -> (String, String),
        inspect: (Int, TreeSnapshot) -> Void = { _, _ in }
    ) throws -> Outcome? {
        let folder = TemporaryFolder("property")
        let database = folder.file("demo.sqlite")
        _ = try DemoDatabase.write(to: database, orders: orders, seed: demoSeed)
        @Sendable func build(_ output: String, journal: Bool = true) throws -> BuildResult {
            var options = BuildOptions(database: database, output: folder.file(output), theme: SiteInspection.defaultTheme, config: SiteConfig())
            options.readsJournal = journal
            return try SiteBuilder.build(options)
        }
        let ways = [(output: "journal", journal: true), (output: "digests", journal: false)]
        for way in ways { _ = try build(way.output, journal: way.journal) }
        var r = Random(state: Self.seed)
        var outcome = Outcome()
        for k in 1...steps {
            let (what, sql) = step(&r, k)
            try Fixture.raw(sql, at: database)
            // The step's three builds read the same database into their own folders, at once. Each
            // step's cold build gets a new folder, removed with the rest at the end: on ext4, making
            // files where as many were just deleted took most of this test's time.
            let coldFolder = "cold-\(k)"
            let results = Parallel.map(ways.count + 1) { i in
                Result { i < ways.count ? try build(ways[i].output, journal: ways[i].journal) : try build(coldFolder) }
            }
            for (i, result) in results.prefix(ways.count).enumerated() {
                let result = try result.get()
                if i == 0, result.filesWritten + result.filesRemoved > 0 { outcome.changed += 1 }
                if result.journalRead { outcome.fromJournal[i] += 1 }
            }
            _ = try results[ways.count].get()
            let cold = TreeSnapshot(folder.file(coldFolder))
            for way in ways {
                let differing = TreeSnapshot(folder.file(way.output)).differingFiles(from: cold)
                guard differing.isEmpty else {
                    Issue.record(
                        "seed \(Self.seed), \(orders) orders, step \(k) (\(what)): the incremental build (\(way.output)) differs from a cold build in \(differing.prefix(5))"
                    )
                    return nil
                }
            }
            inspect(k, cold)
        }
        return outcome
    }
}
