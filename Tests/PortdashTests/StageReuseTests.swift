import Dashboard
import Foundation
import OrderStore
import PortingModel
import Publisher
import TestSupport
import Testing

@testable import SiteBuilder

/// What a rebuild keeps from the last one: whole stages whose rows did not change, and each
/// unchanged order's facts. Kept things must read back exactly as they were made.
@Suite("Reusing what the last build learnt")
struct StageReuseTests {
    /// A 40-order demo database changed by `sql`, its output folder, and a build into it as of a time.
    func demoSite(_ name: String, _ sql: String) throws -> (database: String, output: String, build: (String) throws -> BuildResult) {
        let folder = TemporaryFolder(name)
        let database = folder.file("demo.sqlite")
        _ = try DemoDatabase.write(to: database, orders: 40, seed: 9)
        try Fixture.raw(sql, at: database)
        let output = folder.file("out")
        return (
            database, output,
            { asOf in
                var config = SiteConfig()
                config.asOf = asOf
                return try SiteBuilder.build(BuildOptions(database: database, output: output, theme: SiteInspection.defaultTheme, config: config))
            }
        )
    }

    @Test("facts and findings read back exactly, whatever their text holds")
    func factsRoundTrip() throws {
        let nasty = "tab\there, line\nbreak, CR\r, 100% <script>&\"'\\ done ✓ \u{1F}"
        let finding = Finding(.warning, table: "orders", key: "PO-\(nasty)", column: "owner_name", nasty)
        #expect(FindingNote.decode(FindingNote.encode(finding)) == finding)
        #expect(!FindingNote.encode(finding).contains("\n") && !FindingNote.encode(finding).contains("<"))
        var facts = OrderFacts(
            id: "PO-\(nasty)", fingerprint: "0123456789abcdef",
            tally: NumberTally(
                count: 7, byStatus: [.init(status: "ported", count: 5), .init(status: nasty, count: 2)],
                reasons: [.init(code: "BTN", reason: nasty, count: 2)]),
            findings: [finding, Finding(.error, table: "order_numbers", key: "PO-1/+1", column: "number", "")])
        facts.searchKeys = ["n-14085550", "n-other"]
        let other = OrderFacts(id: "PO-2", fingerprint: "f", tally: NumberTally(), findings: [])
        let parsed = try #require(OrderFacts.parse(facts.notes + other.notes))
        #expect(parsed[facts.id] == facts)
        #expect(parsed[facts.id]?.searchKeys == ["n-14085550", "n-other"])
        #expect(parsed["PO-2"] == other)
        #expect(OrderFacts.parse(facts.notes + ["x\tdamaged"]) == nil)
        #expect(facts.notes.allSatisfy { !$0.contains("\n") })
    }

    @Test("a tally made from numbers counts statuses and the first reason of each rejection code")
    func tally() {
        func number(_ status: String, _ code: String?, _ reason: String?) -> OrderNumber {
            var n = OrderNumber(orderId: "PO-1", number: "+14085550100", status: status)
            n.rejectionCode = code
            n.rejectionReason = reason
            return n
        }
        let tally = NumberTally([
            number("rejected", "B", "second code"), number("ported", nil, nil), number("rejected", "A", "first"),
            number("rejected", "A", "other text"), number("rejected", nil, "no code"),
        ])
        #expect(tally.count == 5)
        #expect(tally.byStatus == [.init(status: "ported", count: 1), .init(status: "rejected", count: 4)])
        #expect(tally.reasons.map(\.code) == ["A", "B", "REJECTED"])
        #expect(tally.reasons.map(\.reason) == ["first", "second code", "no code"])
        #expect(tally.reasons.map(\.count) == [2, 1, 1])
    }

    @Test("a change to the orders alone keeps the inventory and temporary-number stages, and their findings")
    func stagesKept() throws {
        // An inventory number that is not E.164, and a temporary number that is not either: a finding each.
        let (database, output, buildAsOf) = try demoSite(
            "stages",
            """
            UPDATE phone_numbers SET number = '555-0100' WHERE rowid = (SELECT min(rowid) FROM phone_numbers);
            UPDATE temp_numbers SET temp_number = '555-0199' WHERE rowid = (SELECT min(rowid) FROM temp_numbers);
            """)
        func build() throws -> BuildResult { try buildAsOf("2026-11-20T17:00:00Z") }
        let first = try build()
        let problems = SiteInspection.text(output, SitePaths.problems)
        #expect(problems.contains("555-0100"))
        try Fixture.raw("UPDATE orders SET owner_name = 'New Owner' WHERE id = 'PO-10003'", at: database)
        let second = try build()
        #expect(second.findings == first.findings)
        #expect(SiteInspection.text(output, SitePaths.problems) == problems)
        #expect(!second.written.contains { $0.hasPrefix("inventory/") || $0.hasPrefix("temp-numbers/") || $0.hasPrefix("exports/inventory") })
        let manifest = try #require(Manifest.parse(SiteInspection.text(output, Manifest.fileName)))
        #expect(manifest.stages["inventory"]?.files.contains("inventory/index.html") == true)
        #expect(manifest.stages["inventory"]?.notes.isEmpty == false)
        // A change to the inventory runs its stage again.
        try Fixture.raw("UPDATE phone_numbers SET number = '+14085550000' WHERE number = '555-0100'", at: database)
        let third = try build()
        #expect(third.findings.count == first.findings.count - 1)
        #expect(third.written.contains { $0.hasPrefix("inventory/") })
    }

    @Test("temporary numbers count calendar days: a later time the same day rewrites none of their pages, the next day does")
    func tempDays() throws {
        let (_, output, build) = try demoSite(
            "temp-days",
            "UPDATE temp_numbers SET state = 'active', assigned_at = '2026-11-18T23:30:00Z', swapped_at = NULL WHERE rowid = (SELECT min(rowid) FROM temp_numbers)"
        )
        _ = try build("2026-11-20T00:10:00Z")
        let morning = SiteInspection.text(output, "temp-numbers/index.html")
        let later = try build("2026-11-20T23:50:00Z")
        #expect(!later.written.contains { $0.hasPrefix("temp-numbers/") }, "\(later.written)")
        let nextDay = try build("2026-11-21T00:10:00Z")
        #expect(nextDay.written.contains("temp-numbers/index.html"))
        let next = SiteInspection.text(output, "temp-numbers/index.html")
        #expect(morning != next)
        #expect(!morning.contains("Data as of"))
    }

    @Test("the rules over the order numbers are kept while statuses and events change, and run again when a number or a temporary number moves")
    func numberRulesKept() throws {
        // PO-10004's first number is on PO-10003 too, both open: an error.
        let (database, output, buildAsOf) = try demoSite(
            "number-rules",
            """
            UPDATE orders SET status = 'submitted' WHERE id IN ('PO-10003', 'PO-10004', 'PO-10005');
            INSERT INTO order_numbers (order_id, number, status)
              SELECT 'PO-10003', min(number), 'pending' FROM order_numbers WHERE order_id = 'PO-10004';
            """)
        func build() throws -> BuildResult { try buildAsOf("2026-11-20T17:00:00Z") }
        func onTwoOrders(_ result: BuildResult) -> [Finding] {
            result.findings.filter { $0.message.contains("more than one open order: PO-10003, PO-10004") }
        }
        let first = try build()
        #expect(onTwoOrders(first).count == 1)
        #expect(!first.stagesKept.contains("number-rules"))
        // A status between open ones, a number's status and a new event: nothing the rules read.
        try Fixture.raw(
            """
            UPDATE orders SET status = 'foc_confirmed' WHERE id = 'PO-10005';
            UPDATE order_numbers SET status = 'foc_confirmed' WHERE order_id = 'PO-10005';
            INSERT INTO order_events (order_id, at, from_status, to_status, actor) VALUES ('PO-10005', '2026-11-20T16:00:00Z', 'submitted', 'foc_confirmed', 'test');
            """, at: database)
        let second = try build()
        #expect(second.stagesKept.contains("number-rules"))
        #expect(second.findings == first.findings)
        // Closing one of the two orders ends the error.
        try Fixture.raw("UPDATE orders SET status = 'cancelled' WHERE id = 'PO-10004'", at: database)
        let third = try build()
        #expect(!third.stagesKept.contains("number-rules"))
        #expect(onTwoOrders(third).isEmpty)
        // A temporary number that PO-10005 ports.
        try Fixture.raw(
            """
            INSERT INTO temp_numbers (order_id, ported_number, temp_number, state)
              SELECT 'PO-10003', min(number), (SELECT min(number) FROM order_numbers WHERE order_id = 'PO-10005'), 'active'
              FROM order_numbers WHERE order_id = 'PO-10003';
            """, at: database)
        let fourth = try build()
        #expect(fourth.findings.contains { $0.table == "temp_numbers" && $0.message.contains("being ported on order PO-10005") })
        // A number whose order does not exist.
        try Fixture.raw("INSERT INTO order_numbers (order_id, number) VALUES ('PO-GONE', '+14085550111')", at: database)
        let fifth = try build()
        #expect(fifth.findings.contains { $0.table == "order_numbers" && $0.key == "PO-GONE/+14085550111" })
        #expect(SiteInspection.text(output, SitePaths.problems).contains("PO-GONE"))
    }

    @Test("damaged order facts in the manifest: every order's numbers are read again, and the site is the one a cold build makes")
    func damagedFacts() throws {
        let (database, output, buildAsOf) = try demoSite("damaged-facts", "")
        func build(into folder: String? = nil) throws -> BuildResult {
            guard let folder else { return try buildAsOf("2026-11-20T17:00:00Z") }
            var config = SiteConfig()
            config.asOf = "2026-11-20T17:00:00Z"
            return try SiteBuilder.build(BuildOptions(database: database, output: folder, theme: SiteInspection.defaultTheme, config: config))
        }
        _ = try build()
        // Every order's facts line loses its kind: the notes no longer parse.
        let path = "\(output)/\(Manifest.fileName)"
        let manifest = SiteInspection.text(output, Manifest.fileName)
        let damaged = manifest.replacingOccurrences(of: "\u{1E}o\t", with: "\u{1E}?\t")
        #expect(damaged != manifest)
        try Data(damaged.utf8).write(to: URL(fileURLWithPath: path))
        // PO-10003's numbers all become ported: its tally, findings and pages change.
        try Fixture.raw("UPDATE order_numbers SET status = 'ported', ported_at = '2026-11-20T12:00:00Z' WHERE order_id = 'PO-10003'", at: database)
        let rebuilt = try build()
        #expect(rebuilt.written.contains("orders/po-10003.html"))
        let cold = TemporaryFolder("damaged-facts-cold").file("out")
        _ = try build(into: cold)
        let incremental = TreeSnapshot(output), fresh = TreeSnapshot(cold)
        #expect(incremental.differingFiles(from: fresh).isEmpty, "\(incremental.differingFiles(from: fresh))")
        // The facts were recorded again, whole.
        let facts = try #require(Manifest.parse(SiteInspection.text(output, Manifest.fileName))?.stages["order-facts"]?.notes)
        #expect(OrderFacts.parse(facts)?.count == 40)
    }
}
