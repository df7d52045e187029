import Dashboard
import Foundation
import GRDB
import OrderStore
import PortingModel
import SiteBuilder
import TestSupport
import Testing

/// Every carrier figure computed again, independently, with SQL over the demo database, and
/// compared with the carriers page, each carrier's page and the carriers export.
@Suite("Carrier scorecards and aging")
struct CarrierFiguresTests {
    static let asOf = "2026-11-20T17:00:00Z"
    static let holidays = ["2026-09-07", "2026-10-12", "2026-11-11", "2026-11-26"]
    static let openStatuses = "'awaiting_signature','in_review','submitted','exception','supp_pending','foc_confirmed','cancel_pending'"
    let folder = TemporaryFolder("carriers")

    func build(orders: Int = 160, seed: UInt64 = 5, sql: String = "") throws -> (db: String, out: String) {
        let db = folder.file("demo.sqlite")
        _ = try DemoDatabase.write(to: db, orders: orders, seed: seed)
        try Fixture.raw(sql, at: db)
        var config = SiteConfig()
        config.asOf = Self.asOf
        config.holidays = Self.holidays
        let options = BuildOptions(database: db, output: folder.file("out"), theme: SiteInspection.defaultTheme, config: config)
        _ = try SiteBuilder.build(options)
        return (db, folder.file("out"))
    }

    /// The SQL definition of business days between two stored times (UTC display zone).
    static let calendarCTE = """
        days(d) AS (SELECT '2025-01-01' UNION ALL SELECT date(d, '+1 day') FROM days WHERE d < '2027-12-31'),
        bd(d) AS (SELECT d FROM days WHERE strftime('%w', d) NOT IN ('0', '6')
                  AND d NOT IN (\(holidays.map { "'\($0)'" }.joined(separator: ","))))
        """

    struct Expected {
        var name = "", orders = 0, open = 0, numbers = 0, completed = 0, finished = 0, rejected = 0
        var reasons: [(String, Int)] = []
        /// By span (0 submission to FOC, 1 FOC to completion, 2 submission to completion): median, p90, count.
        var spans: [(Double?, Double?, Int)] = Array(repeating: (nil, nil, 0), count: 3)
    }

    func expected(_ db: String) throws -> [Int64: Expected] {
        let queue = try DatabaseQueue(path: db)
        return try queue.read { db in
            var out: [Int64: Expected] = [:]
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT c.id, c.name, count(o.id),
                      total(o.status IN (\(Self.openStatuses))),
                      total(o.status IN ('completed', 'partially_completed')),
                      total(o.status IN ('completed', 'partially_completed', 'cancelled', 'expired')),
                      total(o.id IN (SELECT order_id FROM order_events WHERE to_status = 'exception')
                            OR o.id IN (SELECT order_id FROM order_numbers
                                        WHERE rejection_code IS NOT NULL OR rejection_reason IS NOT NULL))
                    FROM carriers c LEFT JOIN orders o ON o.losing_carrier_id = c.id GROUP BY c.id
                    """)
            {
                out[row[0]] = Expected(
                    name: row[1], orders: row[2], open: Int(row[3] as Double), completed: Int(row[4] as Double),
                    finished: Int(row[5] as Double), rejected: Int(row[6] as Double))
            }
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT o.losing_carrier_id, count(*) FROM order_numbers n JOIN orders o ON o.id = n.order_id GROUP BY 1
                    """)
            {
                out[row[0]]?.numbers = row[1]
            }
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT o.losing_carrier_id, coalesce(n.rejection_code, 'REJECTED') AS code, count(DISTINCT n.order_id) AS hits
                    FROM order_numbers n JOIN orders o ON o.id = n.order_id
                    WHERE n.rejection_code IS NOT NULL OR n.rejection_reason IS NOT NULL
                    GROUP BY 1, 2 ORDER BY 1, 3 DESC, 2
                    """)
            {
                let carrier: Int64 = row[0]
                if (out[carrier]?.reasons.count ?? 3) < 3 { out[carrier]?.reasons.append((row[1], row[2])) }
            }
            let spans = """
                WITH RECURSIVE \(Self.calendarCTE),
                focs AS (SELECT order_id, min(at) AS at FROM order_events WHERE to_status = 'foc_confirmed' GROUP BY order_id),
                o AS (SELECT o.*, f.at AS foc_at, o.status IN ('completed', 'partially_completed') AS done
                      FROM orders o LEFT JOIN focs f ON f.order_id = o.id),
                spans(carrier, kind, days) AS (
                  SELECT losing_carrier_id, 0, (SELECT count(*) FROM bd WHERE d > date(submitted_at) AND d <= date(foc_at))
                    FROM o WHERE submitted_at IS NOT NULL AND foc_at >= submitted_at
                  UNION ALL
                  SELECT losing_carrier_id, 1, (SELECT count(*) FROM bd WHERE d > date(foc_at) AND d <= date(completed_at))
                    FROM o WHERE done AND foc_at IS NOT NULL AND completed_at >= foc_at
                  UNION ALL
                  SELECT losing_carrier_id, 2, (SELECT count(*) FROM bd WHERE d > date(submitted_at) AND d <= date(completed_at))
                    FROM o WHERE done AND submitted_at IS NOT NULL AND completed_at >= submitted_at),
                ranked AS (SELECT carrier, kind, days, row_number() OVER (PARTITION BY carrier, kind ORDER BY days) AS rn,
                                  count(*) OVER (PARTITION BY carrier, kind) AS n FROM spans)
                SELECT carrier, kind, n,
                  (SELECT avg(days) FROM ranked r2 WHERE r2.carrier = r.carrier AND r2.kind = r.kind AND r2.rn IN ((r.n + 1) / 2, (r.n + 2) / 2)),
                  (SELECT days FROM ranked r3 WHERE r3.carrier = r.carrier AND r3.kind = r.kind AND r3.rn = (r.n * 9 + 9) / 10)
                FROM ranked r WHERE rn = 1
                """
            for row in try Row.fetchAll(db, sql: spans) {
                let carrier: Int64 = row[0], kind: Int = row[1]
                out[carrier]?.spans[kind] = (row[3] as Double?, (row[4] as Int?).map(Double.init), row[2])
            }
            return out
        }
    }

    static func decimal(_ value: Double?, _ suffix: String = "") -> String {
        guard let value else { return "no data" }
        let tenths = Int((value * 10).rounded(.toNearestOrAwayFromZero))
        return "\(tenths / 10).\(tenths % 10)\(suffix)"
    }

    /// The cells of the table row with `id`, as text, tags removed and spaces collapsed.
    static func cells(_ html: String, rowId: String) -> [String]? {
        guard let start = html.range(of: "<tr id=\"\(rowId)\">"), let end = html.range(of: "</tr>", range: start.upperBound..<html.endIndex) else {
            return nil
        }
        let row = String(html[start.upperBound..<end.lowerBound])
        let cell = try! NSRegularExpression(pattern: #"<t[hd][^>]*>(.*?)</t[hd]>"#)
        return cell.matches(in: row, range: NSRange(row.startIndex..., in: row)).map { match in
            let inner = String(row[Range(match.range(at: 1), in: row)!])
            return Self.text(inner)
        }
    }

    /// The values of a one-carrier figure table (`<th>label</th><td>value</td>` rows), in order.
    static func figureList(_ html: String, id: String) -> [String]? {
        guard let start = html.range(of: "id=\"\(id)\""), let end = html.range(of: "</table>", range: start.upperBound..<html.endIndex) else {
            return nil
        }
        let table = String(html[start.upperBound..<end.lowerBound])
        let cell = try! NSRegularExpression(pattern: #"<td[^>]*>(.*?)</td>"#)
        return cell.matches(in: table, range: NSRange(table.startIndex..., in: table)).map { match in
            Self.text(String(table[Range(match.range(at: 1), in: table)!]))
        }
    }

    static func text(_ html: String) -> String {
        html.replacingOccurrences(of: #"<[^>]+>"#, with: " ", options: .regularExpression)
            .replacingOccurrences(of: "&amp;", with: "&").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test("every carrier's figures on the carriers page, its own page and the export match SQL computed from the database")
    func figuresMatchSQL() throws {
        // A carrier with no orders at all shows "no data" rather than 0.
        let (db, out) = try build(sql: "INSERT INTO carriers VALUES (99, 'Quiet Telephone Co', NULL);")
        let expected = try expected(db)
        #expect(expected.count == 15)
        let index = SiteInspection.text(out, "carriers/index.html")
        let export = SiteInspection.exportRows(out, "carriers")
        #expect(export.count == expected.count)
        let csv = SiteInspection.text(out, "exports/carriers.csv").split(separator: "\r\n")
        #expect(csv.count == expected.count + 1)
        var noData = 0
        for (id, e) in expected {
            let completionRate = e.finished == 0 ? nil : Double(e.completed) * 100 / Double(e.finished)
            let rejectionRate = e.orders == 0 ? nil : Double(e.rejected) * 100 / Double(e.orders)
            var cells = [
                e.name, "\(e.orders)", "\(e.open)", "\(e.numbers)", "\(e.completed)", Self.decimal(completionRate, "%"),
                "\(e.rejected)", Self.decimal(rejectionRate, "%"),
                e.reasons.isEmpty ? "—" : e.reasons.map { "\($0.0) \($0.1)" }.joined(separator: " "),
            ]
            for span in e.spans { cells += [Self.decimal(span.0), Self.decimal(span.1)] }
            #expect(Self.cells(index, rowId: "carrier-\(id)") == cells, "carriers/index.html, carrier \(id)")
            let page = SiteInspection.text(out, "carriers/\(id)/index.html")
            #expect(Self.figureList(page, id: "carrier-\(id)-figures") == Array(cells.dropFirst()), "carriers/\(id)/index.html")
            if e.spans[2].2 == 0 {
                noData += 1
                #expect(cells[13] == "no data" && cells[14] == "no data")
            }

            let row = try #require(export.first { ($0["carrier_id"] as? Int).map(Int64.init) == id })
            #expect(row["orders"] as? Int == e.orders && row["open_orders"] as? Int == e.open && row["numbers"] as? Int == e.numbers)
            #expect(row["completed"] as? Int == e.completed && row["finished"] as? Int == e.finished && row["rejected_orders"] as? Int == e.rejected)
            #expect(row["top_rejection_reasons"] as? String == e.reasons.map { "\($0.0):\($0.1)" }.joined(separator: "; "))
            for (key, value) in [("completion_rate_pct", completionRate), ("rejection_rate_pct", rejectionRate)] {
                #expect((row[key] as? Double).map { Self.decimal($0) } == value.map { Self.decimal($0) }, "\(key) of carrier \(id)")
            }
            for (span, name) in zip(e.spans, ["submission_to_foc", "foc_to_completion", "submission_to_completion"]) {
                #expect(
                    (row["\(name)_median_days"] as? Double).map { Self.decimal($0) } == span.0.map { Self.decimal($0) },
                    "\(name) median, carrier \(id)")
                #expect(
                    (row["\(name)_p90_days"] as? Double).map { Self.decimal($0) } == span.1.map { Self.decimal($0) }, "\(name) p90, carrier \(id)")
                #expect(row["\(name)_orders"] as? Int == span.2)
            }
        }
        #expect(noData >= 1)
        #expect(expected[99]?.orders == 0)
        #expect(Self.cells(index, rowId: "carrier-99")?[5] == "no data")
        // The demo's carriers differ clearly: some reject several times as often as others.
        let rates = expected.values.filter { $0.orders > 5 }.map { Double($0.rejected) / Double($0.orders) }
        #expect((rates.max() ?? 0) - (rates.min() ?? 0) > 0.25)
        #expect(SiteInspection.brokenLinks(in: out) == [])
    }

    /// Rows of a paginated order list, over all its pages.
    static func listRows(_ out: String, _ firstPage: String) -> Int {
        SiteInspection.listPages(out, firstPage).map { path in
            let html = SiteInspection.text(out, path)
            return html.components(separatedBy: "<tbody>").dropFirst().joined().components(separatedBy: "<tr>").count - 1
        }.reduce(0, +)
    }

    @Test("the summary's aging counts link to lists with exactly that many orders, and match SQL")
    func agingCountsMatchLists() throws {
        let (db, out) = try build(orders: 400, seed: 11)
        let summary = SiteInspection.text(out, "index.html")
        let card = try NSRegularExpression(
            pattern: #"<li class="card tone-[a-z]+"><a href="([^"]+)"><span class="card-value">(\d+)</span> <span class="card-label">([^<]+)</span>"#)
        let matches = card.matches(in: summary, range: NSRange(summary.startIndex..., in: summary))
        #expect(matches.count == 9)
        var counts: [String: Int] = [:]
        for match in matches {
            let href = String(summary[Range(match.range(at: 1), in: summary)!])
            let count = Int(summary[Range(match.range(at: 2), in: summary)!])!
            let label = String(summary[Range(match.range(at: 3), in: summary)!])
            #expect(Self.listRows(out, href) == count, "\(label): \(href)")
            counts[label] = count
        }
        let queue = try DatabaseQueue(path: db)
        let (focMissed, pastRequested, open21) = try queue.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT count(*) FROM orders WHERE status IN (\(Self.openStatuses)) AND foc_date < '2026-11-20'")!,
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM orders WHERE status IN (\(Self.openStatuses)) AND requested_port_date < '2026-11-20'")!,
                try Int.fetchOne(
                    db,
                    sql: """
                        WITH RECURSIVE \(Self.calendarCTE)
                        SELECT count(*) FROM orders o WHERE status IN (\(Self.openStatuses)) AND submitted_at IS NOT NULL
                          AND (SELECT count(*) FROM bd WHERE d > date(o.submitted_at) AND d <= '2026-11-20') >= 21
                        """)!
            )
        }
        #expect(counts["FOC missed"] == focMissed)
        #expect(counts["Past requested port date"] == pastRequested)
        #expect(counts["21+ days"] == open21)
        #expect(counts.values.reduce(0, +) > 0)
        #expect(SiteInspection.text(out, "aging/index.html").contains("Days are business days"))
    }

    @Test("a completed order whose dates are out of order is left out of the figures and listed as a data problem")
    func datesOutOfOrder() throws {
        let folder = TemporaryFolder("carriers-bad-dates")
        let db = try Fixture.database(
            Fixture.smallValid + """
                UPDATE orders SET completed_at = '2026-08-30T10:00:00Z' WHERE id = 'PO-3';
                """, in: folder)
        var config = SiteConfig()
        config.asOf = Self.asOf
        _ = try SiteBuilder.build(BuildOptions(database: db, output: folder.file("out"), theme: SiteInspection.defaultTheme, config: config))
        let problems = SiteInspection.text(folder.file("out"), "problems/index.html")
        #expect(problems.contains("is before submitted_at &quot;2026-09-02T10:00:00Z&quot;; left out of the carrier timing figures"))
        let row = Self.cells(SiteInspection.text(folder.file("out"), "carriers/index.html"), rowId: "carrier-2")
        #expect(row?[4] == "1")  // still counted as completed
        #expect(row?[13] == "no data" && row?[14] == "no data")  // but not measured
    }
}
