import PortingModel
import Testing

@Suite("Texts compared as their UTF-8 bytes, as SQLite's BINARY collation does")
struct ByteOrderTests {
    @Test("agrees with a byte-by-byte comparison on random texts, prefixes and non-ASCII included")
    func agreesWithBytes() {
        var random = SeededRandom(seed: 20_261_129)
        let alphabet = ["a", "b", "A", "-", "0", "é", "e\u{301}", "\u{1F600}", "\0", "ß"]
        func text() -> String { (0..<random.int(0...5)).map { _ in random.pick(alphabet) }.joined() }
        for _ in 0..<2_000 {
            let (a, b) = (text(), text())
            #expect(a.sameBytes(as: b) == Array(a.utf8).elementsEqual(b.utf8), "\(a) \(b)")
            #expect(a.bytesPrecede(b) == a.utf8.lexicographicallyPrecedes(b.utf8), "\(a) \(b)")
            #expect(a.byteOrder(b).signum() == -b.byteOrder(a).signum())
        }
    }

    @Test("canonically equal texts with different bytes are different; a prefix comes first")
    func notCanonical() {
        #expect("é" == "e\u{301}" && !"é".sameBytes(as: "e\u{301}"))
        #expect("po-1".bytesPrecede("po-10") && !"po-10".bytesPrecede("po-1") && !"po-1".bytesPrecede("po-1"))
        #expect("".bytesPrecede("a") && "".sameBytes(as: ""))
        #expect("PO-2".bytesPrecede("po-1"))
    }
}
