import Dashboard
import Foundation
import FoundationXML
import GRDB
import PortingModel
import SiteBuilder
import TestSupport
import Testing

@testable import OrderStore

/// Hostile text in every column, keys included (order ids, carrier and user names, numbers' text),
/// built into a whole site: no page carries markup the theme itself does not emit. Tags and
/// attribute names are checked against those the theme's templates and charts contain (case
/// sensitive, so `<SCRIPT>` from data is caught), every script must be the theme's own file, and no
/// attribute may be an event handler or a `javascript:` link. The seed is printed with every
/// failure and can be set with PORTDASH_TEST_SEED.
@Suite("Hostile data everywhere, keys included")
struct HostileSiteTests {
    static let seed: UInt64 = ProcessInfo.processInfo.environment["PORTDASH_TEST_SEED"].flatMap { UInt64($0) } ?? 20_261_129
    static let pieces =
        InjectionTests.pieces + [
            "\u{0}", "\u{1}", "\u{7}", "\u{1B}[31m", "\u{202E}", "\u{2066}", "\u{2029}", "<SCRIPT>alert(1)</SCRIPT>",
            "<ScRiPt src=//evil.example/x.js></script>", "<iframe src=javascript:alert(1)>", String(repeating: "W", count: 2500),
            "<a href=\"javascript:alert(1)\">x</a>", "</textarea>", "</title><script>x</script>", "<style>*{}</style>",
        ]

    struct Random {
        var generator: SeededRandom
        mutating func next() -> UInt64 { generator.next() }
        mutating func string() -> String {
            (0..<Int(next() % 6 + 1)).map { _ in HostileSiteTests.pieces[Int(next() % UInt64(HostileSiteTests.pieces.count))] }.joined()
        }
    }

    /// A database whose every text column, keys included, holds hostile strings.
    func database(_ folder: TemporaryFolder, seed: UInt64) throws -> String {
        let path = folder.file("hostile.sqlite")
        _ = try DatabaseCreator.create(at: path)
        var r = Random(generator: SeededRandom(seed: seed))
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            for id in 1...3 { try db.execute(sql: "INSERT INTO carriers VALUES (?, ?, ?)", arguments: [id, r.string(), r.string()]) }
            for id in 1...4 { try db.execute(sql: "INSERT INTO users VALUES (?, ?, ?, ?)", arguments: [id, r.string(), r.string(), r.string()]) }
            var ids: [String] = []
            for k in 0..<8 {
                let id = r.string() + "#\(k)"
                ids.append(id)
                let status = OrderStatus.allCases[k % OrderStatus.allCases.count].rawValue
                try db.execute(
                    sql: """
                        INSERT INTO orders (id, status, subscriber_type, owner_name, business_name, address_line1, address_line2, city,
                          region, postal_code, country, losing_carrier_id, account_number, pin, btn, requested_port_date, foc_date,
                          created_at, submitted_at, updated_at, completed_at, restarted_from)
                        VALUES (?, ?, 'business', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '2026-11-10', '2026-11-18',
                          '2026-10-01T00:00:00Z', '2026-10-02T00:00:00Z', '2026-11-01T00:00:00Z', ?, ?)
                        """,
                    arguments: [
                        id, status, r.string(), r.string(), r.string(), r.string(), r.string(), r.string(), r.string(), r.string(),
                        k % 3 + 1, r.string(), "PIN-" + r.string(), k % 2 == 0 ? "+1408555\(String(format: "%04d", k))" : r.string(),
                        status == "completed" ? "2026-11-05T00:00:00Z" : nil, k > 0 && k % 3 == 0 ? ids[k - 1] : nil,
                    ])
                for n in 0..<3 {
                    let number = n == 2 ? r.string() + "#\(k)" : "+1512555\(String(format: "%02d", k))\(n)0"
                    try db.execute(
                        sql: "INSERT INTO order_numbers VALUES (?, ?, ?, '2026-11-18', ?, ?, NULL)",
                        arguments: [id, number, n == 0 ? "rejected" : r.string(), r.string(), r.string()])
                }
                for e in 0..<2 {
                    try db.execute(
                        sql: "INSERT INTO order_events (order_id, number, at, from_status, to_status, actor, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        arguments: [
                            id, r.string(), "2026-10-0\(e + 3)T00:00:00Z", r.string(), e == 0 ? "exception" : r.string(), r.string(), r.string(),
                        ])
                }
                try db.execute(sql: "INSERT INTO order_notifications VALUES (?, ?)", arguments: [id, r.string()])
                try db.execute(
                    sql: "INSERT INTO temp_numbers VALUES (?, ?, ?, '2026-10-02T00:00:00Z', NULL, ?)",
                    arguments: [
                        id, "+1512555\(String(format: "%02d", k))00", k % 2 == 0 ? "+1737555\(String(format: "%04d", k))" : r.string(),
                        k % 2 == 0 ? "active" : r.string(),
                    ])
                try db.execute(
                    sql: "INSERT INTO loa_signatures VALUES (?, ?, ?, ?, '2026-10-01T10:00:00Z', ?)",
                    arguments: [id, r.string(), r.string(), r.string(), r.string()])
                try db.execute(
                    sql: "INSERT INTO phone_numbers VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [
                        k % 2 == 0 ? "+1737555\(String(format: "%04d", k))" : r.string() + "#\(k)", k % 3 == 0 ? r.string() : "ported", r.string(),
                        k % 4 + 1, id, r.string(),
                    ])
            }
        }
        try queue.close()
        return path
    }

    /// The tag and attribute names the theme's templates and the Swift-built charts contain.
    static func themeMarkup() -> (tags: Set<String>, attributes: Set<String>) {
        var text = ""
        let templates = "\(SiteInspection.defaultTheme)/templates"
        for file in TemporaryFolder.files(under: templates) { text += SiteInspection.text(templates, file) }
        text += Charts.columns(id: "c", title: "t", bars: [Charts.Bar(label: "l", values: [1, 2])], series: ["a", "b"])
        text += Charts.horizontal(id: "c", title: "t", bars: [Charts.Bar(label: "l", values: [1], tone: "bad")])
        return markup(text)
    }

    /// Tag names and attribute names of raw markup (escaped text has no raw `<`).
    static func markup(_ html: String) -> (tags: Set<String>, attributes: Set<String>) {
        var tags = Set<String>(), attributes = Set<String>()
        let tag = try! NSRegularExpression(pattern: #"</?([A-Za-z][A-Za-z0-9-]*)([^>]*)>"#)
        // A name, then its value whole (quoted or not), so text inside a quoted value is never read as a name.
        let attribute = try! NSRegularExpression(pattern: #"\s([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?"#)
        for match in tag.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            tags.insert(String(html[Range(match.range(at: 1), in: html)!]))
            let inside = String(html[Range(match.range(at: 2), in: html)!])
            for a in attribute.matches(in: inside, range: NSRange(inside.startIndex..., in: inside)) {
                attributes.insert(String(inside[Range(a.range(at: 1), in: inside)!]))
            }
        }
        return (tags, attributes)
    }

    @Test("a whole site built from hostile data carries no markup, script or handler the theme does not emit")
    func hostileSite() throws {
        let seed = Self.seed
        let folder = TemporaryFolder("hostile-site")
        let database = try database(folder, seed: seed)
        var config = SiteConfig()
        config.asOf = "2026-11-20T17:00:00Z"
        config.baseURL = "https://dash.example.com/"
        let out = folder.file("out")
        let result = try SiteBuilder.build(BuildOptions(database: database, output: out, theme: SiteInspection.defaultTheme, config: config))
        #expect(result.orders == 8, "seed \(seed)")
        let theme = Self.themeMarkup()
        #expect(theme.tags.contains("script") && theme.attributes.contains("src"))
        let script = try NSRegularExpression(pattern: #"<script\b([^>]*)>"#, options: .caseInsensitive)
        let pages = TemporaryFolder.files(under: out).filter { $0.hasSuffix(".html") }
        #expect(pages.count > 60, "seed \(seed)")
        for page in pages {
            let html = SiteInspection.text(out, page)
            let found = Self.markup(html)
            #expect(found.tags.subtracting(theme.tags).isEmpty, "seed \(seed): \(page) has tags from data: \(found.tags.subtracting(theme.tags))")
            #expect(
                found.attributes.subtracting(theme.attributes).isEmpty,
                "seed \(seed): \(page) has attributes from data: \(found.attributes.subtracting(theme.attributes))")
            for match in script.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                let attributes = String(html[Range(match.range(at: 1), in: html)!])
                #expect(
                    attributes.range(of: #"^ src="(\.\./)*assets/[a-z-]+\.js" defer$"#, options: .regularExpression) != nil,
                    "seed \(seed): \(page) has a script that is not the theme's: <script\(attributes)>")
            }
            #expect(html.range(of: #"(href|src)="\s*javascript:"#, options: [.regularExpression, .caseInsensitive]) == nil, "seed \(seed): \(page)")
        }
        for file in TemporaryFolder.files(under: out) where file.hasSuffix(".js") && !file.hasPrefix("assets/") {
            let text = SiteInspection.text(out, file)
            #expect(
                !text.contains("<") && !text.contains("\u{2028}") && !text.contains("\u{2029}"), "seed \(seed): \(file) could break out of its script"
            )
        }
        let atom: Set<String> = ["feed", "id", "title", "updated", "link", "author", "name", "generator", "entry", "summary"]
        let feeds = TemporaryFolder.files(under: out).filter { $0.hasSuffix(".xml") }
        #expect(feeds.count >= 10, "seed \(seed): feeds were not written")
        for file in feeds {
            let elements = FeedElements()
            let parser = XMLParser(data: FileManager.default.contents(atPath: "\(out)/\(file)") ?? Data())
            parser.delegate = elements
            #expect(parser.parse(), "seed \(seed): \(file) is not well-formed XML: \(String(describing: parser.parserError))")
            #expect(elements.names.subtracting(atom).isEmpty, "seed \(seed): \(file) has elements from data: \(elements.names.subtracting(atom))")
        }
        for file in TemporaryFolder.files(under: "\(out)/exports") where file.hasSuffix(".json") {
            // Records an issue when the export is not well-formed {columns, rows}.
            _ = SiteInspection.exportRows(out, String(file.dropLast(5)))
        }
        #expect(SiteInspection.files(in: out, containing: "PIN-").isEmpty, "seed \(seed): a PIN reached the output")
        #expect(SiteInspection.brokenLinks(in: out) == [], "seed \(seed)")
    }
}

/// The element names of an XML document.
final class FeedElements: NSObject, XMLParserDelegate {
    var names = Set<String>()
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:])
    {
        names.insert(name)
    }
}
