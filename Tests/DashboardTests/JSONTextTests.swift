import Dashboard
import Foundation
import PortingModel
import Testing

@Suite("JSON text")
struct JSONTextTests {
    @Test(
        "strings escape quotes, backslashes, controls, markup characters and line separators, and nothing else",
        arguments: [
            ("plain", #""plain""#),
            ("", #""""#),
            ("a\"b\\c", #""a\"b\\c""#),
            ("line\nnext\r\tx", #""line\nnext\r\tx""#),
            ("</script><b>&amp;", #""\u003c/script\u003e\u003cb\u003e\u0026amp;""#),
            ("\u{0}\u{1}\u{1F}", #""\u0000\u0001\u001f""#),
            ("a\u{2028}b\u{2029}c", #""a\u2028b\u2029c""#),
            ("– … ✔ é · 日本", "\"– … ✔ é · 日本\""),
        ])
    func escaping(_ text: String, _ expected: String) throws {
        #expect(JSONText.string(text) == expected)
        // And it reads back as the same text.
        let parsed = try JSONSerialization.jsonObject(with: Data("[\(JSONText.string(text))]".utf8)) as? [String]
        #expect(parsed == [text])
    }
}

@Suite("Numeric characters")
struct NumericCharactersTests {
    @Test(
        "the ASCII fast path keeps exactly what Character.isNumber keeps", arguments: ["+1 (408) 555-0100", "", "abc", "12ab34", "٣٤+1 ½", "x\u{0}9"])
    func same(_ text: String) {
        #expect(numericCharacters(text) == text.filter(\.isNumber))
    }
}
