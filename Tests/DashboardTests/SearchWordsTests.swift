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
}
