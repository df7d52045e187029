import Dashboard
import Foundation
import OrderStore
import PortingModel
import SiteBuilder
import TestSupport
import Testing

/// Each kind of bad row: the build publishes the rest of the site and lists the problem, exactly.
@Suite("Messy data")
struct MessyDataTests {
    let folder = TemporaryFolder("messy")

    func build(_ sql: String, loose: Bool = false) throws -> (result: BuildResult, out: String) {
        let database = loose ? try Fixture.looseDatabase(sql, in: folder) : try Fixture.database(Fixture.smallValid + sql, in: folder)
        let options = BuildOptions(database: database, output: folder.file("out"), theme: SiteInspection.defaultTheme, config: SiteConfig())
        return (try SiteBuilder.build(options), folder.file("out"))
    }

    /// Builds, checks that every expected finding is listed (in the result and on the problems page,
    /// escaped) and that the summary and every order's pages were published.
    func expectListed(_ sql: String, _ expected: [String], loose: Bool = false, orders: Int = 3) throws {
        let (result, out) = try build(sql, loose: loose)
        let found = result.findings.map(\.description)
        for line in expected {
            #expect(found.contains(line), "missing: \(line)\nfound: \(found)")
            let message = String(line.split(separator: ":", maxSplits: 2).last!.dropFirst())
            #expect(SiteInspection.text(out, "problems/index.html").contains(HTMLText.escape(message)), "\(message)")
        }
        #expect(found.count == expected.count, "unexpected findings: \(found)")
        #expect(result.orders == orders)
        #expect(FileManager.default.fileExists(atPath: "\(out)/index.html"))
        let pages = TemporaryFolder.files(under: "\(out)/orders").filter { !SiteInspection.isListPage($0) }
        #expect(pages.count == orders)
        #expect(SiteInspection.brokenLinks(in: out) == [])
        #expect(SiteInspection.files(in: out, containing: "SECRET-PIN").isEmpty)
    }

    @Test("unknown order and number statuses are shown as they are and listed")
    func unknownStatuses() throws {
        try expectListed(
            """
            UPDATE orders SET status = 'approved' WHERE id = 'PO-3';
            UPDATE order_numbers SET status = 'waiting' WHERE number = '+15125550150';
            """,
            [
                "error: orders[PO-3].status: unknown status \"approved\"",
                "error: order_numbers[PO-3/+15125550150].status: unknown status \"waiting\"",
            ])
        let page = SiteInspection.text(folder.file("out"), "orders/po-3.html")
        #expect(page.contains("Unknown: approved") && page.contains("Unknown: waiting"))
    }

    @Test(
        "numbers that are not E.164 are listed with the reason",
        arguments: [
            ("+1 512 555 0150", "has characters other than digits after the +"),
            ("+1512555O150", "has characters other than digits after the +"),
            ("+1512555015012345", "has more than 15 digits"),
            ("", "is empty"),
        ])
    func notE164(_ number: String, _ reason: String) throws {
        try expectListed(
            "UPDATE order_numbers SET number = '\(number)' WHERE order_id = 'PO-3';",
            ["error: order_numbers[PO-3/\(number)].number: \"\(number)\" is not an E.164 number: it \(reason)"])
    }

    @Test("the same number on two open orders is listed once with both orders")
    func duplicateOpen() throws {
        try expectListed(
            "UPDATE orders SET status = 'submitted' WHERE id = 'PO-1';",
            [
                "error: order_numbers[+14085550100].number: is on more than one open order: PO-1, PO-2",
                "error: order_numbers[+14085550101].number: is on more than one open order: PO-1, PO-2",
            ])
    }

    @Test("an order with 1,001 numbers is listed and still published")
    func tooMany() throws {
        let values = (0..<1_001).map { "('PO-3', '+1737555\(String(format: "%04d", $0))', 'ported', NULL, NULL, NULL, NULL)" }
        try expectListed(
            "DELETE FROM order_numbers WHERE order_id = 'PO-3'; INSERT INTO order_numbers VALUES \(values.joined(separator: ","));",
            ["error: orders[PO-3].id: has 1001 numbers; an order holds at most 1000"])
        #expect(SiteInspection.text(folder.file("out"), "loa/po-3.html").contains("Page 8 of 8"))
    }

    @Test("temporary numbers that are ported numbers, or stand in for numbers not on the order, are listed")
    func tempMappings() throws {
        try expectListed(
            """
            INSERT INTO temp_numbers VALUES ('PO-2', '+14085550101', '+15125550150', NULL, NULL, 'active');
            INSERT INTO temp_numbers VALUES ('PO-2', '+19995550100', '+14085550191', NULL, NULL, 'active');
            """,
            [
                "error: temp_numbers[PO-2/+14085550191].ported_number: \"+19995550100\" is not a number on order \"PO-2\"",
                "error: temp_numbers[PO-2/+15125550150].temp_number: is also a number being ported on order PO-3",
            ])
    }

    @Test("references to missing carriers, users and orders are listed")
    func dangling() throws {
        try expectListed(
            """
            UPDATE orders SET losing_carrier_id = 77 WHERE id = 'PO-3';
            UPDATE phone_numbers SET user_id = 99, order_id = 'PO-404' WHERE number = '+12125550177';
            INSERT INTO order_events (order_id, at, to_status) VALUES ('PO-405', '2026-01-01T00:00:00Z', 'draft');
            """,
            [
                "error: orders[PO-3].losing_carrier_id: refers to carrier 77, which does not exist",
                "error: phone_numbers[+12125550177].user_id: refers to user 99, which does not exist",
                "error: phone_numbers[+12125550177].order_id: refers to order \"PO-404\", which does not exist",
                "error: order_events[PO-405/7].order_id: refers to order \"PO-405\", which does not exist",
            ])
        #expect(SiteInspection.text(folder.file("out"), "orders/po-3.html").contains("Unknown carrier 77"))
    }

    @Test("a restart chain that loops is listed, and both orders still link to each other")
    func loop() throws {
        try expectListed(
            "UPDATE orders SET restarted_from = 'PO-2' WHERE id = 'PO-1';",
            ["error: orders[PO-1].restarted_from: restart chain loops: PO-1 -> PO-2 -> PO-1"])
    }

    @Test("dates that do not parse are listed and shown as stored")
    func badDates() throws {
        try expectListed(
            "UPDATE orders SET submitted_at = 'last Tuesday', foc_date = '2026-02-30' WHERE id = 'PO-3';",
            [
                "warning: orders[PO-3].submitted_at: \"last Tuesday\" is not an ISO 8601 date",
                "warning: orders[PO-3].foc_date: \"2026-02-30\" is not an ISO 8601 date",
            ])
        #expect(SiteInspection.text(folder.file("out"), "orders/po-3.html").contains("last Tuesday"))
    }

    @Test("bytes that are not UTF-8 are listed and shown as replacement characters")
    func invalidUTF8() throws {
        try expectListed(
            "UPDATE orders SET owner_name = CAST(X'4A6FFF6E' AS TEXT) WHERE id = 'PO-3';",
            ["warning: orders[PO-3].owner_name: has bytes that are not UTF-8 (shown as \u{FFFD})"])
        #expect(SiteInspection.text(folder.file("out"), "orders/po-3.html").contains("Jo\u{FFFD}n"))
    }

    @Test("a 1 MB value is listed, cut on pages, and whole in the exports")
    func hugeValue() throws {
        try expectListed(
            "UPDATE orders SET business_name = 'Big ' || hex(zeroblob(500000)) WHERE id = 'PO-2';",
            ["warning: orders[PO-2].business_name: is 1000004 bytes long; pages show its first 2000 characters"])
        let page = SiteInspection.text(folder.file("out"), "orders/po-2.html")
        #expect(page.utf8.count < 100_000)
        #expect(SiteInspection.text(folder.file("out"), "exports/orders/part-0001.csv").utf8.count > 1_000_000)
    }

    @Test("markup and script in every text column of the database never become markup in any output")
    func markupEverywhere() throws {
        let evil = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>'=HYPERLINK(1)"
        let quoted = "'" + evil.replacingOccurrences(of: "'", with: "''") + "'"
        var sql = ""
        for table in Schema.tables {
            for column in table.columns
            where ![
                "id", "order_id", "number", "status", "source", "state", "btn", "temp_number",
                "ported_number", "user_id", "losing_carrier_id", "assign_temp_numbers",
                "restarted_from", "at", "created_at", "submitted_at", "updated_at",
                "completed_at", "foc_date", "requested_port_date", "ported_at", "assigned_at",
                "swapped_at", "acquired_at", "accepted_at", "pin",
            ].contains(column) {
                sql += "UPDATE \(table.name) SET \(column) = \(quoted) || rowid;\n"
            }
        }
        let (result, out) = try build(sql)
        #expect(result.orders == 3)
        for file in TemporaryFolder.files(under: out) where !file.hasPrefix("assets/") {
            let text = SiteInspection.text(out, file)
            if !file.hasSuffix(".csv") {
                #expect(!text.contains("<script>alert") && !text.contains("<img src=x"), "\(file) carries markup from the data")
            }
        }
        #expect(SiteInspection.text(out, "orders/po-2.html").contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let json = SiteInspection.exportRows(out, "orders/part-0001")
        #expect(json.first?["owner_name"] as? String == evil + "1")
        // Values that start a formula, in the text columns of the orders export: every cell that
        // starts with = + - @ must be a plain number, else it gets a leading quote.
        try Fixture.raw(
            """
            UPDATE orders SET owner_name = '=HYPERLINK("http://evil.example","x")', business_name = '@SUM(1+1)',
                              address_line1 = '+cmd|calc', city = '-2+3';
            """, at: folder.file("orders.sqlite"))
        _ = try SiteBuilder.build(
            BuildOptions(database: folder.file("orders.sqlite"), output: out, theme: SiteInspection.defaultTheme, config: SiteConfig()))
        var formulaCells = 0
        for file in TemporaryFolder.files(under: out) where file.hasSuffix(".csv") {
            for line in SiteInspection.text(out, file).components(separatedBy: "\r\n") where !line.isEmpty {
                for cell in CSVReader.parse(line) {
                    if cell.hasPrefix("'=") || cell.hasPrefix("'@") { formulaCells += 1 }
                    guard let first = cell.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) else { continue }
                    #expect(Double(cell) != nil, "\(file): the cell \(cell) starts a formula")
                }
            }
        }
        #expect(formulaCells >= 6, "the formula payloads did not reach the exports")
    }

    @Test("NULL in every column that must have a value is listed, not a crash")
    func nulls() throws {
        try expectListed(
            """
            INSERT INTO carriers VALUES (1, NULL, NULL);
            INSERT INTO users VALUES (1, NULL, NULL, NULL);
            INSERT INTO orders (id, status, subscriber_type, owner_name, address_line1, country, losing_carrier_id, btn,
                                assign_temp_numbers, created_at)
            VALUES ('PO-N', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
            INSERT INTO order_numbers VALUES ('PO-N', NULL, NULL, NULL, NULL, NULL, NULL);
            INSERT INTO order_events VALUES (1, 'PO-N', NULL, NULL, NULL, NULL, NULL, NULL);
            INSERT INTO order_notifications VALUES ('PO-N', NULL);
            INSERT INTO temp_numbers VALUES ('PO-N', NULL, NULL, NULL, NULL, NULL);
            INSERT INTO phone_numbers VALUES (NULL, NULL, NULL, NULL, NULL, NULL);
            INSERT INTO loa_signatures VALUES ('PO-N', NULL, NULL, NULL, NULL, NULL);
            INSERT INTO order_numbers VALUES (NULL, '+14085550100', 'pending', NULL, NULL, NULL, NULL);
            """,
            [
                "warning: carriers[1].name: is missing",
                "warning: users[1].name: is missing",
                "error: orders[PO-N].status: is missing",
                "error: orders[PO-N].subscriber_type: is missing",
                "error: orders[PO-N].owner_name: is missing",
                "warning: orders[PO-N].address_line1: is missing",
                "error: orders[PO-N].btn: is missing",
                "error: orders[PO-N].losing_carrier_id: is missing",
                "warning: orders[PO-N].created_at: is missing",
                "warning: orders[PO-N].country: is missing",
                "error: order_numbers[PO-N/].number: \"\" is not an E.164 number: it is empty",
                "error: order_numbers[PO-N/].status: is missing",
                "warning: order_events[1].at: \"\" is not an ISO 8601 date",
                "error: temp_numbers[PO-N/].temp_number: \"\" is not an E.164 number: it is empty",
                "error: temp_numbers[PO-N/].temp_number: \"\" is also a number being ported on this order",
                "error: temp_numbers[PO-N/].state: is missing",
                "error: phone_numbers[].number: \"\" is not an E.164 number: it is empty",
                "error: phone_numbers[].source: is missing",
                "error: order_numbers[NULL/+14085550100].order_id: is missing",
            ], loose: true, orders: 1)
    }
}

/// HTML escaping as the pages use it, for finding messages on the problems page.
enum HTMLText {
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
