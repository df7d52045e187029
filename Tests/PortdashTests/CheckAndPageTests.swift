import Dashboard
import Foundation
import OrderStore
import PortingModel
import SiteBuilder
import TestSupport
import Testing

/// `portdash check` and the Data problems page come from one collector: the same findings, in the
/// same order, whatever the data.
@Suite("Check and the Data problems page agree")
struct CheckAndPageTests {
    let folder = TemporaryFolder("check-page")

    /// Every kind of bad row the messy-data tests use, in one database.
    static let messy =
        Fixture.smallValid + """
            UPDATE orders SET status = 'approved', losing_carrier_id = 77 WHERE id = 'PO-3';
            UPDATE order_numbers SET status = 'waiting' WHERE number = '+15125550150';
            UPDATE orders SET status = 'submitted', submitted_at = 'last Tuesday', foc_date = '2026-02-30' WHERE id = 'PO-1';
            INSERT INTO temp_numbers VALUES ('PO-2', '+14085550101', '+15125550150', NULL, NULL, 'active');
            INSERT INTO temp_numbers VALUES ('PO-2', '+19995550100', '+14085550191', NULL, NULL, 'active');
            UPDATE phone_numbers SET user_id = 99, order_id = 'PO-404' WHERE number = '+12125550177';
            INSERT INTO order_events (order_id, at, to_status) VALUES ('PO-405', '2026-01-01T00:00:00Z', 'draft');
            INSERT INTO carriers VALUES (3, '', NULL);
            INSERT INTO order_numbers VALUES ('PO-2', '+1 408 555 0199', 'pending', NULL, NULL, NULL, NULL);
            """

    /// Markup, control characters, bidi overrides and line separators in keys and text, plus
    /// duplicates, a restart loop and dates out of order.
    static let hostile = """
        INSERT INTO carriers VALUES (1, '<script>alert(1)</script>', '9102'), (2, 'Tab\tCarrier', NULL);
        INSERT INTO users VALUES (1, '<img src=x onerror=alert(1)>', NULL, NULL), (2, '', NULL, NULL);
        INSERT INTO orders (id, status, subscriber_type, owner_name, business_name, address_line1, country, losing_carrier_id,
                            btn, created_at, submitted_at, completed_at, restarted_from)
        VALUES
          ('<b>PO-X</b>', 'completed', 'business', 'A' || char(0) || 'B', NULL, '1 Main', 'US', 1, '+14085550100',
           '2026-10-01T00:00:00Z', '2026-10-05T00:00:00Z', '2026-10-02T00:00:00Z', 'PO-' || char(8238) || 'Y'),
          ('PO-' || char(8238) || 'Y', 'APPROVED', 'corporate', 'Line' || char(8232) || 'Break', 'Biz', '', 'US', 9, 'not a number',
           '2026-10-01T00:00:00Z', NULL, NULL, '<b>PO-X</b>'),
          ('po-lower', 'partially_completed', 'residential', 'Zed', NULL, '2 Main', '', NULL, '+15125550150',
           '2026-10-01T00:00:00Z', NULL, NULL, NULL);
        INSERT INTO order_numbers VALUES
          ('<b>PO-X</b>', '+14085550100', 'ported', NULL, '<i>CODE</i>', 'reason <u>x</u>', NULL),
          ('PO-' || char(8238) || 'Y', '+1408555' || char(10) || '0101', 'pending', 'soon', NULL, NULL, NULL),
          ('ghost', '+14085550102', 'pending', NULL, NULL, NULL, NULL);
        INSERT INTO order_events VALUES (1, '<b>PO-X</b>', NULL, 'yesterday', NULL, '<script>', 'actor' || char(7), 'note');
        INSERT INTO phone_numbers VALUES ('<svg>', 'stolen', NULL, 3, 'nowhere', NULL);
        """

    /// The findings `portdash check` prints, the build's findings, and the problems page's rows.
    func compare(_ sql: String, loose: Bool) throws {
        let database = loose ? try Fixture.looseDatabase(sql, in: folder) : try Fixture.database(sql, in: folder)
        let checked = try CommandRunner().run(["check", "--database", database])
        #expect(checked.status == 65, "\(checked.stderr)")
        var lines = checked.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.removeLast() == "")
        let summary = lines.removeLast()
        let out = folder.file("out")
        let result = try SiteBuilder.build(BuildOptions(database: database, output: out, theme: SiteInspection.defaultTheme, config: SiteConfig()))
        #expect(!result.findings.isEmpty)
        #expect(lines == result.findings.map(\.description))
        #expect(
            summary
                == "\(database): \(result.errors) error\(result.errors == 1 ? "" : "s"), \(result.warnings) warning\(result.warnings == 1 ? "" : "s")"
        )
        let page = SiteInspection.text(out, "problems/index.html")
        let rowPattern = try NSRegularExpression(
            pattern:
                #"<tr class="severity-[a-z]+"><td>(.*?)</td><td><code>(.*?)</code></td><td><code>(.*?)</code></td><td><code>(.*?)</code></td><td>(.*?)</td></tr>"#,
            options: .dotMatchesLineSeparators)
        let rows = rowPattern.matches(in: page, range: NSRange(page.startIndex..., in: page)).map { match in
            (1...5).map { String(page[Range(match.range(at: $0), in: page)!]) }
        }
        let expected = result.findings.map { f in [f.severity.rawValue, f.table, f.key, f.column, f.message].map(HTMLText.escape) }
        #expect(rows == expected)
    }

    @Test("on the messy-data fixtures, check's lines and the problems page's rows are the same findings in the same order")
    func messyData() throws {
        try compare(Self.messy, loose: false)
    }

    @Test("on a hostile database, check's lines and the problems page's rows are the same findings in the same order")
    func hostileData() throws {
        try compare(Self.hostile, loose: true)
    }

    @Test("check finds the database named by portdash.json, and honours the shared options")
    func configNamesDatabase() throws {
        let database = try Fixture.database(Self.messy, in: folder, name: "from-config.sqlite")
        try Data("{\"database\": \"from-config.sqlite\"}".utf8).write(to: URL(fileURLWithPath: folder.file("portdash.json")))
        let checked = try CommandRunner().run(["check"], in: folder.path)
        #expect(checked.status == 65)
        let findings = try OrderDatabase(path: database).read { try $0.findings() }
        let errors = findings.filter { $0.severity == .error }.count
        #expect(errors > 1 && findings.count - errors > 1)
        #expect(checked.stdout.hasSuffix("from-config.sqlite: \(errors) errors, \(findings.count - errors) warnings\n"))
        #expect(checked.stdout.contains("error: orders[PO-3].status: unknown status \"approved\""))
        let missing = try CommandRunner().run(["check", "-d", "nowhere.sqlite", "--busy-timeout", "1"], in: folder.path)
        #expect(missing.status == 66)
        #expect(
            missing.stderr
                == "portdash: error: database nowhere.sqlite does not exist (create one with `portdash init --database nowhere.sqlite` or `portdash demo`)\n"
        )
        let bad = try CommandRunner().run(["check", "--busy-timeout", "-1"], in: folder.path)
        #expect(bad.status == 64)
    }
}
