import Dashboard
import Foundation
import OrderStore
import PortingModel
import SiteBuilder
import TestSupport
import Testing
import Theme

@Suite("Building the site")
struct SiteBuildTests {
    let folder = TemporaryFolder("site")

    func build(
        _ sql: String = "", config: SiteConfig = SiteConfig(), theme: String = SiteInspection.defaultTheme, output: String = "out"
    ) throws -> (String, BuildResult) {
        let database = folder.file("orders.sqlite")
        if !FileManager.default.fileExists(atPath: database) { _ = try Fixture.database(Fixture.smallValid + sql, in: folder) }
        let options = BuildOptions(database: database, output: folder.file(output), theme: theme, config: config)
        return (folder.file(output), try SiteBuilder.build(options))
    }

    @Test("every page kind shows its key content, and every link resolves")
    func pageKinds() throws {
        let (out, result) = try build()
        #expect(result.orders == 3)
        let index = SiteInspection.text(out, "index.html")
        #expect(index.contains("<a href=\"orders/po-1.html\">PO-1</a>"))
        #expect(index.contains("Porting order results"))
        #expect(index.contains("The billing telephone number does not match."))
        #expect(index.contains("<svg class=\"chart\""))
        let order = SiteInspection.text(out, "orders/po-2.html")
        #expect(order.contains("Northwind Dental"))
        #expect(order.contains("•••• 6789"))
        #expect(!order.contains("123456789"))
        #expect(order.contains("(408) 555-0190"))
        #expect(order.contains("This order restarts <a href=\"../orders/po-1.html\">PO-1</a>"))
        #expect(order.contains("it@northwind.example"))
        let restarted = SiteInspection.text(out, "orders/po-1.html")
        #expect(restarted.contains("This order was restarted as <a href=\"../orders/po-2.html\">PO-2</a>"))
        let loa = SiteInspection.text(out, "loa/po-2.html")
        #expect(loa.contains("408-555-0100"))
        #expect(loa.contains("123456789"))
        #expect(loa.contains("Page 2 of 2"))
        #expect(loa.contains("NewTel Communications"))
        let temps = SiteInspection.text(out, "temp-numbers/index.html")
        #expect(temps.contains("(408) 555-0190") && temps.contains("Grace Hopper"))
        let inventory = SiteInspection.text(out, "inventory/index.html")
        #expect(inventory.contains("Ada Lovelace") && inventory.contains("available"))
        #expect(SiteInspection.text(out, "exports/orders/part-0001.csv").hasPrefix("id,status,"))
        #expect(SiteInspection.text(out, "inventory/search/n-15125550.js").contains("+15125550150"))
        #expect(SiteInspection.brokenLinks(in: out) == [])
    }

    @Test("no PIN reaches any output file")
    func noPins() throws {
        let (out, _) = try build()
        #expect(SiteInspection.files(in: out, containing: "SECRET-PIN").isEmpty)
    }

    @Test("the same database, config and theme give byte-identical output")
    func deterministic() throws {
        let (a, _) = try build(output: "a")
        let (b, _) = try build(output: "b")
        let files = TemporaryFolder.files(under: a)
        #expect(files == TemporaryFolder.files(under: b))
        for file in files {
            #expect(FileManager.default.contents(atPath: "\(a)/\(file)") == FileManager.default.contents(atPath: "\(b)/\(file)"), "\(file)")
        }
    }

    @Test("a theme missing a partial is refused before anything is written")
    func brokenTheme() throws {
        let (out, _) = try build()
        let before = try FileManager.default.attributesOfItem(atPath: "\(out)/index.html")[.modificationDate] as? Date
        let theme = folder.file("theme")
        try FileManager.default.copyItem(atPath: SiteInspection.defaultTheme, toPath: theme)
        try FileManager.default.removeItem(atPath: "\(theme)/templates/status.mustache")
        #expect {
            _ = try build("", theme: theme)
        } throws: { error in
            "\(error)".hasPrefix("theme \(theme): templates/carrier.mustache:")
                && "\(error)".hasSuffix("partial \"status\" does not exist (no templates/status.mustache)")
        }
        let after = try FileManager.default.attributesOfItem(atPath: "\(out)/index.html")[.modificationDate] as? Date
        #expect(before == after)
        // The theme is parsed after the last site's manifest is read (an unchanged build never parses
        // it): the refused build leaves no staging folder behind.
        #expect(!FileManager.default.fileExists(atPath: folder.file(".out.portdash-staging")))
    }

    @Test("a theme copied elsewhere and passed by path works, and its changes reach the pages")
    func copiedTheme() throws {
        let theme = folder.file("elsewhere/mytheme")
        try FileManager.default.createDirectory(atPath: folder.file("elsewhere"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: SiteInspection.defaultTheme, toPath: theme)
        let layout = "\(theme)/templates/layout.mustache"
        let text = try String(contentsOfFile: layout, encoding: .utf8).replacingOccurrences(
            of: "published by portdash", with: "published by our IT team")
        try Data(text.utf8).write(to: URL(fileURLWithPath: layout))
        let (out, result) = try build(theme: theme)
        #expect(result.orders == 3)
        #expect(SiteInspection.text(out, "index.html").contains("published by our IT team"))
        #expect(SiteInspection.text(out, "orders/po-1.html").contains("published by our IT team"))
    }

    @Test("a template syntax error names file, line and column")
    func syntaxError() throws {
        let theme = folder.file("theme2")
        try FileManager.default.copyItem(atPath: SiteInspection.defaultTheme, toPath: theme)
        try Data("<p>{{#broken}}never closed</p>\n".utf8).write(to: URL(fileURLWithPath: "\(theme)/templates/problems.mustache"))
        #expect {
            _ = try build("", theme: theme)
        } throws: { error in
            "\(error)".hasPrefix("theme \(theme): templates/problems.mustache:") && "\(error)".contains("syntax error")
        }
    }

    @Test("swift-mustache checks a theme once: a rebuild from the same bytes skips it, an edited theme is checked again")
    func syntaxCheckedOnce() throws {
        let theme = folder.file("theme3")
        try FileManager.default.copyItem(atPath: SiteInspection.defaultTheme, toPath: theme)
        #expect(try build(theme: theme).1.themeSyntaxChecked, "a first build has nothing to vouch for its theme")
        try Fixture.raw("UPDATE orders SET owner_name = 'Changed Owner' WHERE id = 'PO-1'", at: folder.file("orders.sqlite"))
        let (out, rebuilt) = try build(theme: theme)
        #expect(SiteInspection.text(out, "orders/po-1.html").contains("Changed Owner"), "a rebuild, not an unchanged build")
        #expect(!rebuilt.themeSyntaxChecked, "the published site was built from these very bytes")
        let layout = "\(theme)/templates/layout.mustache"
        let text = try String(contentsOfFile: layout, encoding: .utf8).replacingOccurrences(of: "published by portdash", with: "published by us")
        try Data(text.utf8).write(to: URL(fileURLWithPath: layout))
        #expect(try build(theme: theme).1.themeSyntaxChecked, "an edited theme is checked again")
        try Data("<p>{{#broken}}never closed</p>\n".utf8).write(to: URL(fileURLWithPath: "\(theme)/templates/problems.mustache"))
        #expect {
            _ = try build(theme: theme)
        } throws: { error in
            "\(error)".hasPrefix("theme \(theme): templates/problems.mustache:") && "\(error)".contains("syntax error")
        }
        #expect(SiteInspection.text(out, "index.html").contains("published by us"), "the last good site stays published")
    }

    @Test("a theme loaded on the word of an earlier check reports every fault as the full check does")
    func vouchedThemeFaults() throws {
        let breakages: [(file: String, text: String?)] = [
            ("problems", "<p>{{#broken}}never closed</p>\n"), ("problems", "{{> nowhere}}\n"), ("changes", nil),
            ("order-list", "{{#a}}{{/b}}\n"), ("index", "{{ uppercased(title) }}\n"), ("rows/order-number", "{{#x}}\n"),
        ]
        for (n, breakage) in breakages.enumerated() {
            let theme = folder.file("broken\(n)")
            try FileManager.default.copyItem(atPath: SiteInspection.defaultTheme, toPath: theme)
            let path = "\(theme)/templates/\(breakage.file).mustache"
            if let text = breakage.text {
                try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            } else {
                try FileManager.default.removeItem(atPath: path)
            }
            let files = try Theme.read(folder: theme)
            var full = "", vouched = ""
            do { _ = try Theme.load(files) } catch { full = "\(error)" }
            do { _ = try Theme.load(files, syntaxVouched: true) } catch { vouched = "\(error)" }
            #expect(!full.isEmpty, "\(breakage.file) broken")
            #expect(vouched == full, "\(breakage.file)")
        }
    }

    @Test("order ids that are unsafe as file names get safe, distinct page names")
    func unsafeIds() throws {
        let (out, _) = try build(
            """
            INSERT INTO orders (id, status, subscriber_type, owner_name, address_line1, losing_carrier_id, btn, created_at)
            VALUES ('../evil', 'draft', 'residential', 'X', 'Y', 1, '+14085550111', '2026-01-01'),
                   ('po-1', 'draft', 'residential', 'X', 'Y', 1, '+14085550112', '2026-01-01'),
                   ('a/b%20c d', 'draft', 'residential', 'X', 'Y', 1, '+14085550113', '2026-01-01'),
                   ('Po-1', 'draft', 'residential', 'X', 'Y', 1, '+14085550114', '2026-01-01'),
                   ('PO-1 ', 'draft', 'residential', 'X', 'Y', 1, '+14085550115', '2026-01-01'),
                   ('\(String(repeating: "LONG", count: 100))', 'draft', 'residential', 'X', 'Y', 1, '+14085550116', '2026-01-01');
            """)
        // The orders list's own pages (index.html, pages/) sit beside the order pages.
        let pages = try FileManager.default.contentsOfDirectory(atPath: "\(out)/orders").filter { !SiteInspection.isListPage($0) }
        #expect(pages.allSatisfy { $0.hasSuffix(".html") })
        let folders = pages.map { String($0.dropLast(".html".count)) }.sorted()
        #expect(folders.count == 9)
        #expect(Set(folders.map { $0.lowercased() }).count == 9)
        #expect(folders.allSatisfy { $0.utf8.count <= 80 })
        #expect(folders.contains("po-1"))
        #expect(folders.allSatisfy { !$0.contains("/") && !$0.hasPrefix(".") && $0 == $0.lowercased() })
        #expect(!FileManager.default.fileExists(atPath: "\(folder.path)/evil"))
        #expect(SiteInspection.brokenLinks(in: out) == [])
    }

    @Test("order slugs are stable and unique across case")
    func slugs() {
        #expect(OrderSlug.make("PO-10001") == "po-10001")
        #expect(OrderSlug.make("po-10001") != "po-10001")
        #expect(OrderSlug.make("po-10001") == OrderSlug.make("po-10001"))
        #expect(OrderSlug.make("Po-10001") != OrderSlug.make("po-10001"))
        #expect(OrderSlug.make("..").hasPrefix("order-"))
        // No order page can take the name of a page of the orders list, which shares its folder.
        #expect(OrderSlug.make("INDEX") != "index" && OrderSlug.make("PAGE-2").hasPrefix("page-2-"))
        #expect(OrderSlug.make("PAGE-2X") == "page-2x" && OrderSlug.make("INDEX.HTML") == "index.html")
        #expect(OrderSlug.make(String(repeating: "A", count: 300)).count < 80)
    }
}
