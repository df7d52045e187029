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

    /// The order ids of a list page, as shown.
    func ids(_ html: String) -> [String] {
        let link = try! NSRegularExpression(pattern: #"<td><a href="[^"]+">([^<]+)</a></td><td>"#)
        return link.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { String(html[Range($0.range(at: 1), in: html)!]) }
    }

    /// The orders list as shown (id, created_at), its pages, and each row's time in seconds.
    func ordersList(_ db: String) throws -> (rows: [(id: String, created: String)], chunks: ListChunks, seconds: [Int64]) {
        let rows = try DatabaseQueue(path: db).read {
            try Row.fetchAll($0, sql: "SELECT id, created_at FROM orders ORDER BY created_at DESC, id").map {
                (id: $0[0] as String, created: $0[1] as String)
            }
        }
        return (rows, ListChunks(folder: "orders", ids: rows.map(\.id)), rows.map { Timestamp.seconds($0.created)! })
    }

    /// Rebuilds "out" from `db` and checks it against a cold build of the same data into "cold".
    func rebuildEqualToCold(_ db: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> BuildResult {
        let result = try rebuild(db, "out")
        _ = try rebuild(db, "cold")
        let differing = TreeSnapshot(folder.file("out")).differingFiles(from: TreeSnapshot(folder.file("cold")))
        #expect(differing.isEmpty, "\(differing.prefix(5))", sourceLocation: sourceLocation)
        return result
    }

    /// The list pages a rebuild wrote: the order lists' folders, not the order pages.
    func listPagesWritten(_ result: BuildResult) -> Set<String> {
        let folders = ["orders/", "orders-by-status/", "open-orders/", "foc-calendar/", "results/"]
        return Set(
            result.written.filter { path in
                folders.contains { path.hasPrefix($0) } && (path.hasSuffix("/index.html") || path.contains("/pages/"))
            })
    }

    @Test(
        "every order is on exactly one page of the orders list, newest first; pages of 50 to 250 cut where the rows say, named after their first order"
    )
    func ordersList() throws {
        let (db, out) = try build(orders: 900)
        let newest = try DatabaseQueue(path: db).read {
            try String.fetchAll($0, sql: "SELECT id FROM orders ORDER BY created_at DESC, id")
        }
        let pages = SiteInspection.listPages(out, "orders/index.html")
        #expect(pages.count > 4)
        var seen: [String] = []
        for (n, path) in pages.enumerated() {
            let html = SiteInspection.text(out, path)
            let onPage = ids(html)
            if n < pages.count - 1 { #expect(onPage.count >= ListChunks.minRows && onPage.count <= ListChunks.maxRows, "\(path)") }
            // Only the first page says how many there are, so the others stay as orders arrive.
            #expect(html.contains("Orders 1–\(onPage.count) of \(newest.count)</p>") == (n == 0), "\(path)")
            if n > 0 && n < pages.count - 1 {
                #expect(path == "orders/pages/\(OrderSlug.make(onPage[0])).html")
                #expect(ListChunks.cutsBefore(onPage[0]) || seen.count % ListChunks.maxRows == 0, "\(path)")
            }
            #expect(html.contains("rel=\"prev\"") == (n > 0) && html.contains(">First</a>") == (n > 0), "\(path)")
            #expect(html.contains(">Last</a>") == (n < pages.count - 1), "\(path)")
            seen += onPage
        }
        #expect(pages.last == "orders/pages/last.html")
        #expect(seen == newest)
        // The first page lists every page, in order, with its dates and how many orders it holds.
        let first = SiteInspection.text(out, "orders/index.html")
        let entry = try NSRegularExpression(pattern: #"<li><a href="\.\./(orders/[^"]+)">([^<]+) – ([^<]+)</a> \((\d+)\)</li>"#)
        let entries = entry.matches(in: first, range: NSRange(first.startIndex..., in: first)).map { m in
            (1...4).map { String(first[Range(m.range(at: $0), in: first)!]) }
        }
        #expect(entries.map { $0[0] } == pages)
        #expect(entries.map { Int($0[3])! } == pages.map { ids(SiteInspection.text(out, $0)).count })
        #expect(SiteInspection.text(out, "orders/pages/last.html").contains("page-index") == false)
        #expect(SiteInspection.brokenLinks(in: out) == [])
    }

    @Test("a new order rewrites one page of each list it joins, and the first pages' totals; never the pages around it")
    func newOrderPages() throws {
        let (db, out) = try build(orders: 900)
        let open = SiteInspection.listPages(out, "open-orders/index.html")
        #expect(open.count > 2)
        try Fixture.raw(
            """
            INSERT INTO orders (id, status, owner_name, address_line1, btn, created_at, submitted_at)
            VALUES ('PO-90001', 'submitted', 'New Owner', '1 Main St', '+14085550123', '2026-11-20T10:00:00Z', '2026-11-20T11:00:00Z');
            """, at: db)
        #expect(!ListChunks.cutsBefore("PO-90001"))
        let result = try rebuildEqualToCold(db)
        // Newest first: it joins the first page; youngest, it joins the last page of the open orders.
        #expect(
            listPagesWritten(result) == ["orders/index.html", "orders-by-status/submitted/index.html", "open-orders/index.html", open.last!],
            "\(listPagesWritten(result).sorted())")
        #expect(ids(SiteInspection.text(out, open.last!)).last == "PO-90001")
    }

    @Test("an order that starts a page splits the page it lands in and relinks the next one, whose rows stay; the rebuild equals a cold build")
    func pageSplit() throws {
        let (db, out) = try build(orders: 900)
        let (rows, chunks, seconds) = try ordersList(db)
        // A place inside a page of 120 or more followed by one its first order starts, 55 to 65 rows
        // in, between rows two seconds apart or more: both halves hold 50 or more.
        let place = chunks.pages.indices.dropLast().lazy.compactMap { n -> (page: Int, at: Int)? in
            let range = chunks.pages[n].rows
            guard range.count >= 120, ListChunks.cutsBefore(rows[range.upperBound].id) else { return nil }
            return (range.lowerBound + 55...range.lowerBound + 65).first { seconds[$0 - 1] - seconds[$0] >= 2 }.map { (n, $0) }
        }.first
        let (n, at) = try #require(place)
        let id = try #require((90_000..<99_999).lazy.map { "PO-\($0)" }.first(where: ListChunks.cutsBefore))
        let created = Timestamp.isoDateTime(seconds: seconds[at] + 1)
        try Fixture.raw(
            """
            INSERT INTO orders (id, status, owner_name, address_line1, btn, created_at)
            VALUES ('\(id)', 'draft', 'New Owner', '1 Main St', '+14085550123', '\(created)');
            """, at: db)
        let result = try rebuildEqualToCold(db)
        let written = listPagesWritten(result).filter { $0.hasPrefix("orders/") }
        let new = "orders/pages/\(OrderSlug.make(id)).html"
        #expect(written == ["orders/index.html", chunks.pages[n].path, new, chunks.pages[n + 1].path], "\(written.sorted())")
        #expect(ids(SiteInspection.text(out, new)).first == id)
        #expect(ids(SiteInspection.text(out, chunks.pages[n + 1].path)) == Array(rows[chunks.pages[n + 1].rows].map(\.id)))
    }

    @Test("an order that moves between later pages changes the first page's index of pages, though the total stays; the rebuild equals a cold build")
    func orderMoves() throws {
        let (db, out) = try build(orders: 900)
        let (rows, chunks, seconds) = try ordersList(db)
        #expect(chunks.pages.count > 4)
        // The oldest order that starts no page moves into the third page, between rows two seconds apart.
        let moved = try #require(rows.indices.reversed().first { !ListChunks.cutsBefore(rows[$0].id) })
        let third = chunks.pages[2].rows
        let at = try #require((third.lowerBound + 5..<third.upperBound - 5).first { seconds[$0 - 1] - seconds[$0] >= 2 })
        try Fixture.raw(
            "UPDATE orders SET created_at = '\(Timestamp.isoDateTime(seconds: seconds[at] + 1))' WHERE id = '\(rows[moved].id)'", at: db)
        let result = try rebuildEqualToCold(db)
        #expect(result.written.contains("orders/index.html"), "the first page's index of pages")
        #expect(ids(SiteInspection.text(out, chunks.pages[2].path)).contains(rows[moved].id))
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
