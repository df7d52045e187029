import PortingModel
import Testing

@Suite("Fingerprints")
struct FingerprinterTests {
    /// The extremes and 2,000 random values (seed 5).
    static let numbers: [UInt64] = {
        var random = SeededRandom(seed: 5)
        return [0, 1, 9, 10, 15, 16, 255, UInt64(Int64.max), UInt64(Int64.max) + 1, .max]
            + (0..<2000).map { _ in random.next() >> (random.next() % 64) }
    }()

    @Test("numbers hash as their text does: decimal for Int64, hex for UInt64, nil apart from every number")
    func numbersAsText() {
        for n in Self.numbers {
            var viaText = Fingerprinter(), direct = Fingerprinter()
            viaText.add(String(n, radix: 16))
            direct.add(n)
            #expect(direct.value == viaText.value, "\(n)")
            let signed = Int64(bitPattern: n)
            viaText = Fingerprinter()
            direct = Fingerprinter()
            viaText.add(String(signed))
            direct.add(Optional(signed))
            #expect(direct.value == viaText.value, "\(signed)")
        }
        var none = Fingerprinter(), noText = Fingerprinter()
        none.add(nil as Int64?)
        noText.add(nil as String?)
        #expect(none.value == noText.value)
    }

    @Test("the hex form is 16 lowercase digits of the value")
    func hex() {
        for n in Self.numbers {
            var hasher = Fingerprinter()
            hasher.add(n)
            let text = String(hasher.value, radix: 16)
            #expect(hasher.hex == String(repeating: "0", count: 16 - text.count) + text)
        }
    }
}
