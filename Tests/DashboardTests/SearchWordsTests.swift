import Dashboard
import Foundation
import PortingModel
import Testing

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
