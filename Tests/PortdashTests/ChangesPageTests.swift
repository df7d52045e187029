import Dashboard
import Foundation
import GRDB
import OrderStore
import SiteBuilder
import TestSupport
import Testing

/// The changes page lists exactly the last 30 days of events, newest first, grouped by day; feeds
/// are written only with a baseURL, and the build says why once when they are not.
@Suite("Changes page and feeds")
struct ChangesPageTests {
    @Test("the changes pages hold every event of the last 30 days once, newest first, under day headings")
    func changesPages() throws {
        let folder = TemporaryFolder("changes")
        let db = folder.file("demo.sqlite")
        _ = try DemoDatabase.write(to: db, orders: 300, seed: 6)
        var config = SiteConfig()
        config.asOf = "2026-11-20T17:00:00Z"
        var lines: [String] = []
        _ = try SiteBuilder.build(
            BuildOptions(database: db, output: folder.file("out"), theme: SiteInspection.defaultTheme, config: config), log: { lines.append($0) })
        #expect(lines.filter { $0.contains("Feeds not written: set baseURL") }.count == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.file("out/feeds")))
        let expected = try DatabaseQueue(path: db).read {
            try String.fetchAll(
                $0, sql: "SELECT at FROM order_events WHERE date(at) > date('2026-11-20', '-30 days') AND date(at) <= '2026-11-20' ORDER BY at DESC")
        }
        #expect(expected.count > 100)
        var times: [String] = [], headings = 0, page: String? = "index.html", pages = 0
        let cell = try NSRegularExpression(pattern: #"<tr><td class="nowrap">([^<]+)</td>"#)
        let older = try NSRegularExpression(pattern: #"<a href="([^"]+)" rel="next">Older</a>"#)
        while let name = page, pages < 1_000 {
            let html = SiteInspection.text(folder.file("out"), "changes/\(name)")
            // Only the newest page counts them all, so older pages stay put as changes arrive.
            #expect(html.contains("\(expected.count) changes in the last 30 days") == (name == "index.html"))
            headings += html.components(separatedBy: "<tr class=\"group\">").count - 1
            times += cell.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { String(html[Range($0.range(at: 1), in: html)!]) }
            page = older.firstMatch(in: html, range: NSRange(html.startIndex..., in: html)).map { String(html[Range($0.range(at: 1), in: html)!]) }
            pages += 1
        }
        #expect(pages == expected.count / ChangesLog.pageSize)
        #expect(times.count == expected.count)
        #expect(times == expected.map { String($0.prefix(16)).replacingOccurrences(of: "T", with: " ") })
        #expect(headings >= Set(expected.map { $0.prefix(10) }).count && headings <= 30 + pages)

        // A new change rewrites the newest page only, not every page of the log.
        try Fixture.raw(
            "INSERT INTO order_events (order_id, at, to_status, actor, note) SELECT id, '2026-11-20T16:59:00Z', status, 'ops', 'Called' FROM orders ORDER BY id LIMIT 1",
            at: db)
        let again = try SiteBuilder.build(BuildOptions(database: db, output: folder.file("out"), theme: SiteInspection.defaultTheme, config: config))
        let rewritten = again.written.filter { $0.hasPrefix("changes/") }
        #expect(rewritten == ["changes/index.html"], "\(rewritten)")
    }
}
