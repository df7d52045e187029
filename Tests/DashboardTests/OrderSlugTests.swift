import PortingModel
import Testing

@testable import Dashboard

@Suite("Order slugs")
struct OrderSlugTests {
    /// Whether an id takes the plain form, as the rule was first written: upper-case ASCII letters,
    /// digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 bytes, and not the name of
    /// a list page (`INDEX`, `PAGE-<digits>`).
    static func isPlain(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        func upper(_ b: UInt8) -> Bool { (48...57).contains(b) || (65...90).contains(b) }
        let listPage =
            bytes.elementsEqual("INDEX".utf8)
            || (bytes.count > 5 && bytes.starts(with: Array("PAGE-".utf8)) && bytes.dropFirst(5).allSatisfy { (48...57).contains($0) })
        return !bytes.isEmpty && bytes.count <= 64 && upper(bytes[0]) && bytes.allSatisfy { upper($0) || $0 == 46 || $0 == 95 || $0 == 45 }
            && !listPage
    }

    @Test("a plain id's slug is the id lower-cased, any other id's ends in a hash of its bytes: 5,000 random ids, list page names, edge lengths")
    func plainOrHashed() {
        var random = SeededRandom(seed: 13)
        let alphabet = Array("POAZ0129-._ po/%é\u{0}")
        var ids = [
            "", "INDEX", "index", "PAGE-2", "PAGE-", "PAGE-2A", "PO-10001", String(repeating: "A", count: 64), String(repeating: "A", count: 65),
        ]
        for _ in 0..<5_000 { ids.append(String((0..<Int(random.next() % 20)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })) }
        var plain = 0
        for id in ids {
            let slug = OrderSlug.make(id)
            if Self.isPlain(id) {
                plain += 1
                #expect(slug == id.lowercased(), "\(id.debugDescription)")
            } else {
                let hex = String(Fingerprinter.hash(Array(id.utf8)) >> 16, radix: 16)
                #expect(slug.hasSuffix("-" + String(repeating: "0", count: 12 - hex.count) + hex), "\(id.debugDescription) → \(slug)")
            }
        }
        #expect(plain > 100 && plain < ids.count - 1_000, "\(plain) plain ids of \(ids.count)")
        #expect(OrderSlug.make("PO-10001") == "po-10001")
    }
}
