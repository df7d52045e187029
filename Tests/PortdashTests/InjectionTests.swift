import Dashboard
import Foundation
import PortingModel
import TestSupport
import Testing
import Theme

@testable import OrderStore

/// Random hostile strings in every text column never become markup, and exports round-trip.
@Suite("No injection (property-based, fixed seed)")
struct InjectionTests {
    static let cases = 1_000
    static let pieces = [
        "<", ">", "\"", "'", "&", "&amp;", "</script>", "<script>alert(1)</script>", "javascript:alert(1)",
        "<img src=x onerror=alert(1)>", "\" onmouseover=\"alert(1)", "' autofocus onfocus='x", "=1+2", "+SUM(A1)",
        "-3", "@cmd", "\t", "\r", "\n", ",", ";", "é", "💥", "\u{2028}", "{{", "}}", "{{{x}}}", "{{>status}}",
        " ", "a", "Z", "0", "%2e%2e/", "../", "<!--", "-->", "<svg onload=alert(1)>", "data:text/html,x",
    ]

    /// Hostile strings from the demo's seeded generator, so every run tests the same cases.
    struct Random {
        var generator: SeededRandom
        init(state: UInt64) { generator = SeededRandom(seed: state) }
        mutating func next() -> UInt64 { generator.next() }
        mutating func string() -> String {
            (0..<Int(next() % 7 + 1)).map { _ in InjectionTests.pieces[Int(next() % UInt64(InjectionTests.pieces.count))] }.joined()
        }
    }

    /// A bundle with a hostile string in every text column (numbers and dates stay valid so the
    /// pages show every column).
    static func bundle(_ r: inout Random, id: String) -> OrderBundle {
        var order = Order(id: id, status: r.next() % 2 == 0 ? "exception" : r.string())
        order.subscriberType = "business"
        order.ownerName = r.string(); order.businessName = r.string(); order.addressLine1 = r.string()
        order.addressLine2 = r.string(); order.city = r.string(); order.region = r.string(); order.postalCode = r.string()
        order.country = r.string(); order.accountNumber = r.string(); order.pin = "PIN-" + r.string()
        order.btn = "+14085550100"; order.losingCarrierId = 1; order.createdAt = "2026-10-01T00:00:00Z"
        var number = OrderNumber(orderId: id, number: "+14085550100", status: r.string())
        number.rejectionCode = r.string(); number.rejectionReason = r.string()
        var event = OrderEvent(id: 1, orderId: id, at: "2026-10-02T00:00:00Z")
        event.actor = r.string(); event.note = r.string(); event.toStatus = r.string()
        var signature = LoaSignature(orderId: id)
        signature.signerName = r.string(); signature.signerTitle = r.string(); signature.signerEmail = r.string()
        signature.acceptedAt = "2026-10-01T10:00:00Z"; signature.loaVersion = r.string()
        return OrderBundle(
            order: order, numbers: [number], events: [event], notifications: [r.string()],
            tempMappings: [TempMapping(orderId: id, portedNumber: "+14085550100", tempNumber: "+14085550190", state: r.string())],
            signature: signature)
    }

    /// Tag and attribute names in HTML (outside text), to compare with a benign render.
    static func markupNames(_ html: String) -> Set<String> {
        var names = Set<String>()
        let tags = try! NSRegularExpression(pattern: #"<(/?[A-Za-z][A-Za-z0-9-]*)([^>]*)>"#)
        let attributes = try! NSRegularExpression(pattern: #"\s([A-Za-z_:][-A-Za-z0-9_:.]*)(?==)"#)
        for match in tags.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            names.insert("<" + String(html[Range(match.range(at: 1), in: html)!]).lowercased())
            let inside = String(html[Range(match.range(at: 2), in: html)!])
            for a in attributes.matches(in: inside, range: NSRange(inside.startIndex..., in: inside)) {
                names.insert("@" + String(inside[Range(a.range(at: 1), in: inside)!]).lowercased())
            }
        }
        return names
    }

    /// What the layout reads on every page, as a build gives it.
    struct Chrome: TemplateModel {
        struct Site: TemplateModel {
            static let templateFields = TemplateFields<Site>(["title": { _ in .text("T") }, "provider": { _ in .text("P") }])
        }
        static let templateFields = TemplateFields<Chrome>([
            "root": { _ in .text("../../") }, "site": { _ in .model(Site()) }, "nav": { _ in .list([]) },
        ])
    }

    func render(_ theme: Theme, _ bundle: OrderBundle, index: SiteIndex, display: Display) -> [String] {
        let chrome = TemplateValue.model(Chrome())
        let order = OrderPage(index: index, display: display).model(bundle)
        let loa = LoaPage(index: index, display: display, config: SiteConfig()).model(bundle)
        var summary = Summary(index: index, display: display)
        var views = OrderViews(index: index, display: display)
        views.add(bundle, reasons: summary.add(bundle))
        var pages = [
            theme.render("order", [chrome, .model(order.summary), .model(order)]),
            theme.render("loa", [chrome, .model(loa.summary), .model(loa)]),
            theme.render("index", [chrome, .model(summary.page(views: views))]),
        ]
        for list in views.lists where !list.rows.isEmpty {
            for page in list.pages(index: index) { pages.append(theme.render("order-list", [chrome, .model(page.model())])) }
        }
        return pages
    }

    @Test("pages show hostile text back escaped, and no tag or attribute comes from data")
    func html() throws {
        let theme = try Theme.load(folder: SiteInspection.defaultTheme)
        let display = Display(asOf: Timestamp.seconds("2026-11-20T00:00:00Z")!, timeZone: "UTC")
        var r = Random(state: 20261129)
        let benignIndex = SiteIndex(links: [("PO-1", nil)], carriers: [1: Carrier(id: 1, name: "AT&T")], users: [:])
        var benign = Random(state: 1)
        _ = benign.next()
        var safe = Self.bundle(&benign, id: "PO-1")
        for keyPath in [\Order.ownerName, \.businessName, \.addressLine1, \.addressLine2, \.city, \.region, \.postalCode, \.country, \.accountNumber]
        {
            safe.order[keyPath: keyPath] = "plain"
        }
        let allowed = render(theme, safe, index: benignIndex, display: display).reduce(into: Set<String>()) { $0.formUnion(Self.markupNames($1)) }
        for n in 0..<Self.cases {
            let id = "PO-\(n)"
            let bundle = Self.bundle(&r, id: id)
            let carrierName = r.string()
            let index = SiteIndex(links: [(id, nil)], carriers: [1: Carrier(id: 1, name: carrierName)], users: [:])
            let pages = render(theme, bundle, index: index, display: display)
            for page in pages {
                let extra = Self.markupNames(page).subtracting(allowed)
                #expect(extra.isEmpty, "case \(n): markup from data: \(extra)")
                #expect(!page.contains(bundle.order.pin!), "case \(n): the PIN is on a page")
            }
            for value in [bundle.order.ownerName!, bundle.order.businessName!, carrierName] {
                #expect(pages[0].contains(HTMLEscape.escape(value)), "case \(n): \(value.debugDescription) is not shown back")
            }
        }
    }

    @Test("JSON and CSV exports round-trip every value, and no CSV cell starts a formula")
    func exports() throws {
        var r = Random(state: 99)
        let index = SiteIndex(links: [], carriers: [1: Carrier(id: 1, name: "AT&T")], users: [:])
        let display = Display(asOf: 0, timeZone: "UTC")
        for n in 0..<Self.cases {
            let bundle = Self.bundle(&r, id: r.string())
            let fields = Exports.orderFields(bundle, index: index, display: display)
            let json = try JSONSerialization.jsonObject(with: Data(JSONText.row(fields).utf8)) as! [Any]
            #expect(json.count == fields.count)
            for ((key, value), parsed) in zip(fields, json) {
                if case .string(let text) = value {
                    #expect((parsed as? String) == text || (text == nil && parsed is NSNull), "case \(n): \(key)")
                }
            }
            #expect(!JSONText.object(fields).contains("</"), "case \(n): JSON could close a script element")
            let cells = CSVReader.parse(Exports.csvLine(fields))
            #expect(cells.count == fields.count, "case \(n): \(cells)")
            for (cell, field) in zip(cells, fields) {
                guard case .string(let text) = field.1, let text else { continue }
                if let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
                    #expect(
                        Double(cell) != nil || cell.allSatisfy { $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." },
                        "case \(n): CSV cell \(cell.debugDescription) starts a formula")
                }
                #expect(cell == text || cell == "'" + text, "case \(n): \(field.0) does not round-trip")
            }
            #expect(!Exports.csvLine(fields).contains(bundle.order.pin!))
        }
    }
}

/// An RFC 4180 line reader, to check what spreadsheets will see.
enum CSVReader {
    static func parse(_ line: String) -> [String] {
        var cells: [String] = [], cell = "", quoted = false, chars = Array(line.hasSuffix("\r\n") ? String(line.unicodeScalars.dropLast(2)) : line)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count && chars[i + 1] == "\"" { cell.append("\""); i += 1 } else { quoted = false }
                } else {
                    cell.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                cells.append(cell)
                cell = ""
            } else {
                cell.append(c)
            }
            i += 1
        }
        cells.append(cell)
        chars.removeAll()
        return cells
    }
}
