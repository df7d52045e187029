import Dashboard
import Foundation
import GRDB
import OrderStore
import PortingModel
import SiteBuilder
import TestSupport
import Testing

/// No page grows with the number of orders: lists are paginated with links that work without
/// scripts, the summary shows bounded lists that link to the full ones, and the site search's
/// shards hold every order and number.
@Suite("Pages at any size")
struct PaginationTests {
    let folder = TemporaryFolder("pages")

    func build(orders: Int, output: String = "out") throws -> (db: String, out: String) {
        let db = folder.file("demo-\(orders).sqlite")
        if !FileManager.default.fileExists(atPath: db) { _ = try DemoDatabase.write(to: db, orders: orders, seed: 3) }
        _ = try rebuild(db, output)
        return (db, folder.file(output))
    }

    func rebuild(_ db: String, _ output: String) throws -> BuildResult {
        var config = SiteConfig()
        config.asOf = "2026-11-20T17:00:00Z"
        return try SiteBuilder.build(BuildOptions(database: db, output: folder.file(output), theme: SiteInspection.defaultTheme, config: config))
    }

    func rows(_ html: String) -> Int {
        html.components(separatedBy: "<tbody>").dropFirst().joined().components(separatedBy: "<tr>").count - 1
    }

    @Test("every order is on exactly one page of the orders list, newest first, the pages counted from the oldest order")
    func ordersList() throws {
        let (db, out) = try build(orders: 450)
        let newest = try DatabaseQueue(path: db).read {
            try String.fetchAll($0, sql: "SELECT id FROM orders ORDER BY created_at DESC, id")
        }
        // 450 orders: index.html holds the newest 150, older-3 to older-1 the next 100 each.
        let pages = SiteInspection.listPages(out, "orders/index.html")
        #expect(pages == ["orders/index.html", "orders/older-3.html", "orders/older-2.html", "orders/older-1.html"])
        var seen: [String] = []
        let ids = try NSRegularExpression(pattern: #"<td><a href="[^"]+">([^<]+)</a></td><td>"#)
        for (n, path) in pages.enumerated() {
            let html = SiteInspection.text(out, path)
            let onPage = ids.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { String(html[Range($0.range(at: 1), in: html)!]) }
            #expect(onPage.count == (n == 0 ? 150 : 100), "\(path)")
            // Only the newest page says how many there are, so the older ones stay as orders arrive.
            #expect(html.contains("\(newest.count) orders; the newest 150 are on this page.") == (n == 0), "\(path)")
            #expect(html.contains("rel=\"prev\"") == (n > 0) && html.contains(">Newest</a>") == (n > 0), "\(path)")
            #expect(html.contains("rel=\"next\"") == (n < 3) && html.contains(">Oldest</a>") == (n < 2), "\(path)")
            seen += onPage
        }
        #expect(seen == newest)
        #expect(!FileManager.default.fileExists(atPath: "\(out)/orders/older-4.html"))
        #expect(SiteInspection.brokenLinks(in: out) == [])
    }

    @Test("a list numbered from its first row says how many orders it holds on its first page only")
    func numberedList() throws {
        let (_, out) = try build(orders: 450)
        let pages = SiteInspection.listPages(out, "open-orders/index.html")
        let open = pages.map { rows(SiteInspection.text(out, $0)) }.reduce(0, +)
        #expect(pages.count == (open + 99) / 100 && pages.count > 1)
        for (n, path) in pages.enumerated() {
            #expect(path == (n == 0 ? "open-orders/index.html" : "open-orders/page-\(n + 1).html"))
            let html = SiteInspection.text(out, path)
            let range = "Orders \(n * 100 + 1)–\(min(open, n * 100 + 100))"
            #expect(html.contains(n == 0 ? "\(range) of \(open)</p>" : "\(range)</p>"), "\(path)")
        }
    }

    @Test("a new order rewrites the newest page of the lists shown newest first and the last page of the open orders, not every page")
    func newOrderPages() throws {
        let (db, out) = try build(orders: 450)
        let before = TreeSnapshot(out)
        try Fixture.raw(
            """
            INSERT INTO orders (id, status, owner_name, address_line1, btn, created_at, submitted_at)
            VALUES ('PO-90001', 'submitted', 'New Owner', '1 Main St', '+14085550123', '2026-11-20T10:00:00Z', '2026-11-20T11:00:00Z');
            """, at: db)
        _ = try build(orders: 450)
        let changed = Set(TreeSnapshot(out).differingFiles(from: before)).filter { !$0.hasPrefix("orders/po-") && !$0.hasPrefix("loas/") }
        let folders = ["orders/", "orders-by-status/", "open-orders/", "foc-calendar/", "results/"]
        let lists = changed.filter { path in
            folders.contains { path.hasPrefix($0) } && SiteInspection.isListPage((path as NSString).lastPathComponent)
        }
        let open = SiteInspection.listPages(out, "open-orders/index.html")
        #expect(open.count > 1)
        #expect(
            lists == ["orders/index.html", "orders-by-status/submitted/index.html", "open-orders/index.html", open.last!], "\(lists.sorted())")
        #expect(SiteInspection.text(out, "orders/index.html").contains("PO-90001"))
        #expect(SiteInspection.text(out, open.last!).contains("PO-90001"))
    }

    @Test("the 300th order adds a page to the orders list and relinks the page before it, whose rows stay; the rebuild equals a cold build")
    func pageAdded() throws {
        let (db, out) = try build(orders: 299, output: "grown")
        #expect(SiteInspection.listPages(out, "orders/index.html") == ["orders/index.html", "orders/older-1.html"])
        try Fixture.raw(
            """
            INSERT INTO orders (id, status, owner_name, address_line1, btn, created_at)
            VALUES ('PO-90002', 'draft', 'New Owner', '1 Main St', '+14085550123', '2026-11-20T10:00:00Z');
            """, at: db)
        let rebuilt = try rebuild(db, "grown")
        #expect(rebuilt.written.contains("orders/older-1.html"), "the oldest page links to a new page before it")
        let cold = try build(orders: 299, output: "grown-cold").out
        #expect(SiteInspection.listPages(out, "orders/index.html") == ["orders/index.html", "orders/older-2.html", "orders/older-1.html"])
        let differing = TreeSnapshot(out).differingFiles(from: TreeSnapshot(cold))
        #expect(differing.isEmpty, "\(differing.prefix(5))")
    }

    @Test("the summary's lists are bounded however many orders there are, and its counts link to lists of that many orders")
    func boundedSummary() throws {
        let large = try build(orders: 900, output: "large")
        let b = SiteInspection.text(large.out, "index.html")
        // 4 needs-action lists and the results of 25 rows, 10 oldest, 15 recent, statuses and charts' tables.
        let bound = 5 * Summary.listLimit + 10 + 15 + 12 + 8 + 3 * 12 + 14
        #expect(b.components(separatedBy: "<tr").count - 1 <= bound, "the summary has more rows than its bounded lists")
        #expect(b.utf8.count < 120_000, "summary of \(b.utf8.count) bytes")
        #expect(!b.contains("id=\"orders-table\""))
        let status = try NSRegularExpression(pattern: #"<tr><td><a href="(orders-by-status/[^"]+)">.*?</a></td><td class="num">(\d+)</td></tr>"#)
        let matches = status.matches(in: b, range: NSRange(b.startIndex..., in: b))
        #expect(matches.count >= 12)
        for match in matches {
            let href = String(b[Range(match.range(at: 1), in: b)!]), count = Int(b[Range(match.range(at: 2), in: b)!])!
            let listed = SiteInspection.listPages(large.out, href).map { rows(SiteInspection.text(large.out, $0)) }.reduce(0, +)
            #expect(listed == count, "\(href)")
        }
        // At 900 orders each of these lists has more than 25 orders: the summary shows exactly 25.
        for section in ["exceptions-h", "awaiting-h", "results-h"] {
            let table = b.components(separatedBy: "<table aria-labelledby=\"\(section)\"").dropFirst().first ?? ""
            #expect(rows(table.components(separatedBy: "</table>")[0]) == Summary.listLimit, "\(section)")
        }
    }

    @Test("the temporary numbers are paginated, 500 a page, every mapping once")
    func tempPages() throws {
        let (db, out) = try build(orders: 900)
        let total = try DatabaseQueue(path: db).read { try Int.fetchOne($0, sql: "SELECT count(*) FROM temp_numbers")! }
        #expect(total > TempNumbersPage.pageSize)
        var listed = 0, page = 1
        while FileManager.default.fileExists(atPath: "\(out)/temp-numbers/\(page == 1 ? "index.html" : "page-\(page).html")") {
            let html = SiteInspection.text(out, "temp-numbers/\(page == 1 ? "index.html" : "page-\(page).html")")
            let count = rows(html)
            #expect(count <= TempNumbersPage.pageSize)
            #expect(html.contains("of \(total)"))
            listed += count
            page += 1
        }
        #expect(listed == total)
    }

    @Test("the site search's shards list every order's words and every number on orders, BTN and temporary number")
    func searchShards() throws {
        let (db, out) = try build(orders: 120)
        let queue = try DatabaseQueue(path: db)
        let sample = try queue.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT o.id, o.business_name, o.owner_name, o.btn, (SELECT number FROM order_numbers n WHERE n.order_id = o.id LIMIT 1),
                      (SELECT temp_number FROM temp_numbers t WHERE t.order_id = o.id LIMIT 1)
                    FROM orders o ORDER BY o.id
                    """)
        }
        for row in sample {
            let id: String = row[0]
            let href = "orders/\(OrderSlug.make(id)).html"
            for word in SiteSearch.words([row[1], row[2], id].compactMap { $0 as String? }.joined(separator: " ")) where word.count >= 3 {
                let shard = SiteInspection.text(out, "search/t-\(word.prefix(3)).js")
                #expect(shard.contains(href), "\(id): \(word)")
            }
            for number in [row[3], row[4], row[5]].compactMap({ $0 as String? }) {
                let shard = SiteInspection.text(out, SiteSearch.path(SiteSearch.numberKey(number)!))
                #expect(shard.contains("\"\(number.dropFirst())\"") && shard.contains(href), "\(id): \(number)")
            }
        }
        let sizes = TemporaryFolder.files(under: "\(out)/search").map {
            (try? FileManager.default.attributesOfItem(atPath: "\(out)/search/\($0)")[.size] as? Int) ?? 0
        }
        #expect(!sizes.isEmpty && sizes.max()! < 200_000)
    }
}
