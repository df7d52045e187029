import PortingModel
import Testing

@testable import Dashboard

@Suite("Order slugs")
struct OrderSlugTests {
    /// The slug as it was first written (the whole id copied into an array, then `lowercased()`):
    /// the in-place form must give exactly the same page names, or every published page moves.
    static func reference(_ id: String) -> String {
        let bytes = Array(id.utf8)
        func upper(_ b: UInt8) -> Bool { (48...57).contains(b) || (65...90).contains(b) }
        let listPage =
            bytes.elementsEqual("INDEX".utf8)
            || (bytes.count > 5 && bytes.starts(with: Array("PAGE-".utf8)) && bytes.dropFirst(5).allSatisfy { (48...57).contains($0) })
        let clean = !bytes.isEmpty && bytes.count <= 64 && upper(bytes[0]) && bytes.allSatisfy { upper($0) || $0 == 46 || $0 == 95 || $0 == 45 }
        if clean && !listPage { return id.lowercased() }
        var safe = ""
        for byte in bytes.prefix(48) {
            switch byte {
            case 48...57, 97...122: safe.append(Character(UnicodeScalar(byte)))
            case 65...90: safe.append(Character(UnicodeScalar(byte + 32)))
            default: if !safe.hasSuffix("-") && !safe.isEmpty { safe.append("-") }
            }
        }
        while safe.hasSuffix("-") { safe.removeLast() }
        let hex = String(Fingerprinter.hash(bytes) >> 16, radix: 16)
        return (safe.isEmpty ? "order" : safe) + "-" + String(repeating: "0", count: 12 - hex.count) + hex
    }

    @Test("every id gives the slug it always gave: 5,000 random ids, list page names, and edge lengths")
    func sameAsReference() {
        var random = SeededRandom(seed: 13)
        let alphabet = Array("POAZ0129-._ po/%é\u{0}")
        var ids = [
            "", "INDEX", "index", "PAGE-2", "PAGE-", "PAGE-2A", "PO-10001", String(repeating: "A", count: 64), String(repeating: "A", count: 65),
        ]
        for _ in 0..<5_000 { ids.append(String((0..<Int(random.next() % 20)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })) }
        for id in ids { #expect(OrderSlug.make(id) == Self.reference(id), "\(id.debugDescription)") }
        #expect(OrderSlug.make("PO-10001") == "po-10001")
    }
}
