import PortingModel
import Testing

@Suite("Text split at a byte by memchr, as the standard library splits it")
struct ByteSplitTests {
    @Test("agrees with split(separator:) on random texts, empty pieces, non-ASCII and separators at either end included")
    func agreesWithSplit() {
        var random = SeededRandom(seed: 20_261_130)
        let alphabet = ["a", "\t", "\n", "é", "e\u{301}", "\u{1E}", "\u{1F600}", "\0", "%09", " "]
        for _ in 0..<2_000 {
            let text = (0..<random.int(0...12)).map { _ in random.pick(alphabet) }.joined()
            for separator: UInt8 in [0x09, 0x0A, 0x1E] {
                for omitting in [false, true] {
                    let expected = text.utf8.split(separator: separator, omittingEmptySubsequences: omitting).map { String(Substring($0)) }
                    let got = ByteSplit.strings(text, separator: separator, omittingEmpty: omitting)
                    #expect(got == expected, "\(Array(text.utf8)) at \(separator), omitting empty: \(omitting)")
                    #expect(got.map { Array($0.utf8) } == expected.map { Array($0.utf8) })
                }
                var copy = text
                let count = copy.withUTF8 { ByteSplit.count($0, of: separator) }
                #expect(count == text.utf8.filter { $0 == separator }.count, "\(Array(text.utf8)) counting \(separator)")
            }
        }
    }

    @Test("a substring is split within its own bounds")
    func substring() {
        let text = "x\ta\tb\ty"
        let inner = text.dropFirst(2).dropLast(2)
        #expect(ByteSplit.strings(inner, separator: 0x09) == ["a", "b"])
        #expect(ByteSplit.strings("", separator: 0x09) == [""])
        #expect(ByteSplit.strings("", separator: 0x09, omittingEmpty: true) == [])
    }
}
