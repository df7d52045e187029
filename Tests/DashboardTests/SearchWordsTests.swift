import Foundation
import PortingModel
import Testing

@testable import Dashboard

@Suite("Search words")
struct SearchWordsTests {
    /// The ASCII fast path must split and fold exactly as the Foundation path does.
    @Test("ASCII text gives the words Foundation's folding gives, for 2,000 random strings")
    func asciiMatchesFoundation() {
        var random = SeededRandom(seed: 11)
        let alphabet = Array("abcXYZ019 -_.,'\"<>&\t\r\n\u{7F}\u{01}@!/")
        for _ in 0..<2_000 {
            let text = String((0..<Int(random.next() % 24)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
            let foundation = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
                .lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
            #expect(SiteSearch.words(text) == foundation, "\(text.debugDescription)")
        }
        #expect(SiteSearch.words("Café Ünïcode") == ["cafe", "unicode"])
    }

    /// Text below U+0300 is folded character by character (`LatinFold`): it must give exactly
    /// what folding the whole text through Foundation gives.
    @Test("Latin text gives the words Foundation's folding gives: every character alone and in context, and 3,000 random strings")
    func latinMatchesFoundation() {
        for value in UInt32(0x80)..<0x300 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in ["\(scalar)", "a\(scalar)b", "\(scalar)\(scalar)X", "1\(scalar) z"] {
                #expect(SiteSearch.words(text) == SiteSearch.foundationWords(text), "U+\(String(value, radix: 16)) in \(text.debugDescription)")
            }
        }
        var random = SeededRandom(seed: 29)
        let ascii = Array("abcXYZ019 -_.,'\"<>&\t\r\n@!/".unicodeScalars)
        // Mostly ASCII and Latin, with a combining mark or a later character now and then (those
        // take Foundation's path whole).
        let rare: [Unicode.Scalar] = ["\u{301}", "\u{308}", "\u{3A3}", "\u{1E9E}", "\u{FB01}", "\u{2028}", "\u{212A}"]
        for _ in 0..<3_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int(random.next() % 20) {
                switch random.next() % 10 {
                case 0..<5: text.append(ascii[Int(random.next() % UInt64(ascii.count))])
                case 5..<9: text.append(Unicode.Scalar(UInt32(0x80 + random.next() % 0x280))!)
                default: text.append(rare[Int(random.next() % UInt64(rare.count))])
                }
            }
            let string = String(text)
            #expect(SiteSearch.words(string) == SiteSearch.foundationWords(string), "\(string.debugDescription)")
        }
        #expect(SiteSearch.words("Łódź Straße Ærø") == SiteSearch.foundationWords("Łódź Straße Ærø"))
    }

    /// The text shards' rows are made as bytes (`SiteSearch.add`): they must be exactly the JSON
    /// of the words, the label, the page and the status.
    @Test("an order's text row is the JSON of its words, label, page and status, for 2,000 random orders")
    func textRowsMatchTheirFields() {
        var random = SeededRandom(seed: 31)
        let names = [
            "Café \"Ünïcode\" & <Sons>", "O'Brien Ltd", "", "Łódź Straße", "line\u{2028}break", "tab\tname", "Zoë", "ACME 42", "\u{1}ctl",
            "Σ Greek ΟΔΟΣ",
        ]
        let statuses = ["submitted", "foc_confirmed", "made-up", "", "<b>"]
        var orders: [Order] = []
        for i in 0..<2_000 {
            var order = Order(
                id: ["PO-\(i)", "po <\(i)>", "PÖ-\(i)"][Int(random.next() % 3)], status: statuses[Int(random.next() % UInt64(statuses.count))])
            order.ownerName = names[Int(random.next() % UInt64(names.count))]
            if random.next() % 2 == 0 { order.businessName = names[Int(random.next() % UInt64(names.count))] }
            orders.append(order)
        }
        let index = SiteIndex(links: orders.map { ($0.id, nil) }, carriers: [:], users: [:])
        let display = Display(asOf: 0, timeZone: "UTC")
        var search = SiteSearch(index: index, display: display)
        var expected: [String: [String]] = [:]
        for order in orders {
            search.add(order)
            let customer = display.name(order.businessName ?? order.ownerName)
            let owner = order.businessName == nil ? "" : display.name(order.ownerName)
            let words = SiteSearch.foundationWords(order.id) + SiteSearch.foundationWords(customer) + SiteSearch.foundationWords(owner)
            let label = [order.id, customer, owner].filter { !$0.isEmpty }.joined(separator: " · ")
            let status = OrderStatus(rawValue: order.status)?.label ?? order.status
            let row =
                "[" + [words.joined(separator: " "), label, index.orderPath(order.id), status].map(JSONText.string).joined(separator: ",") + "]"
            var keys: [String] = []
            for word in words where word.count >= SiteSearch.textKeyLength {
                let key = "t-" + word.prefix(SiteSearch.textKeyLength)
                if !keys.contains(key) { keys.append(key) }
            }
            for key in keys { expected[key, default: []].append(row) }
        }
        #expect(search.texts == expected)
    }
}

@Suite("Search number shards")
struct SearchNumberShardTests {
    /// Each run of rows on one order reuses its page and detail: the shard must be exactly what
    /// formatting every row on its own gives.
    @Test("a number shard equals its rows formatted one by one, for 3,000 random rows of awkward orders")
    func shardMatchesRows() {
        var random = SeededRandom(seed: 23)
        let orders = ["PO-1", "PO-1 \"quoted\"", "po-<b>&amp;", "PO-\u{2028}x", "ÅÄÖ-7", "", "PO-2"]
        let details = ["pending", "ported", "foc_confirmed", "made-up", "", "+14155550100", "<x>"]
        let kinds: [SearchNumber.Kind] = [.onOrder, .btn, .temporary]
        let index = SiteIndex(links: orders.map { ($0, nil) }, carriers: [:], users: [:])
        let search = SiteSearch(index: index, display: Display(asOf: 0, timeZone: "UTC"))
        var items: [SearchNumber] = []
        var order = orders[0], kind = kinds[0], detail = details[0]
        for i in 0..<3_000 {
            // Mostly runs, as numbers in number order are: the order, kind or detail changes now and then.
            if random.next() % 5 == 0 { order = orders[Int(random.next() % UInt64(orders.count))] }
            if random.next() % 4 == 0 { kind = kinds[Int(random.next() % 3)] }
            if random.next() % 3 == 0 { detail = details[Int(random.next() % UInt64(details.count))] }
            items.append(SearchNumber(number: "+1415555\(String(1000 + i % 9000))", kind: kind, orderId: order, detail: detail))
        }
        var rows: [String] = []
        for item in items {
            let detail: String
            switch item.kind {
            case .onOrder: detail = "on order \(item.orderId) · " + (NumberStatus(rawValue: item.detail)?.label ?? item.detail)
            case .btn: detail = "BTN of order \(item.orderId)"
            case .temporary: detail = "temporary number for \(displayNumber(item.detail)) on order \(item.orderId)"
            }
            let fields = [numericCharacters(item.number), displayNumber(item.number), index.orderPath(item.orderId), detail]
            rows.append("[" + fields.map(JSONText.string).joined(separator: ",") + "]")
        }
        let text = search.numberShard("n-1415555", items: items)?.text()
        #expect(text == SiteSearch.script("n-1415555", rows))
    }

    @Test("every text shard key of random Latin names packs and unpacks to itself, and a list of them reads back; anything else does not pack")
    func textKeysPack() {
        var random = SeededRandom(seed: 12)
        let alphabet = Array("abcXYZ019 -_.,'éÜñßØ")
        var all: [String] = []
        for _ in 0..<2_000 {
            let name = String((0..<Int(random.next() % 24)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
            var joined: [UInt8] = [], keys: [String] = []
            SiteSearch.addWords(name, to: &joined, keys: &keys)
            for key in keys {
                let packed = TextKey.pack(key)
                #expect(packed != nil && packed != TextKey.unknown, "\(key) packs")
                #expect(packed.map(TextKey.string) == key, "\(key) unpacks to itself")
            }
            all += keys
        }
        #expect(all.count > 1_000)
        let list = Array(all.prefix(50).joined(separator: " ").utf8)
        #expect(list.withUnsafeBufferPointer(TextKey.packList)?.map(TextKey.string) == Array(all.prefix(50)))
        for bad in ["t-ab", "t-abcd", "n-abc", "t-aBc", "t-a c", "x"] { #expect(TextKey.pack(bad) == nil, "\(bad)") }
        #expect(Array("t-abc t-a".utf8).withUnsafeBufferPointer(TextKey.packList) == nil)
        #expect(TextKey.pack(TextKey.string(TextKey.unknown)) == TextKey.unknown)
    }
}
