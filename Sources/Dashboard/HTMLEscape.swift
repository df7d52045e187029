/// HTML escaping as swift-mustache does it: `& < > " '`.
public enum HTMLEscape {
    public static func append(_ text: String, to out: inout String) {
        var start = text.utf8.startIndex
        let utf8 = text.utf8
        var i = start
        while i < utf8.endIndex {
            let replacement: String?
            switch utf8[i] {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case UInt8(ascii: "'"): replacement = "&#39;"
            default: replacement = nil
            }
            if let replacement {
                out += Substring(utf8[start..<i])
                out += replacement
                start = utf8.index(after: i)
            }
            i = utf8.index(after: i)
        }
        out += Substring(utf8[start..<utf8.endIndex])
    }

    public static func escape(_ text: String) -> String {
        var out = ""
        append(text, to: &out)
        return out
    }
}
