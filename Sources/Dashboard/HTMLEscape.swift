/// HTML escaping as swift-mustache does it: `& < > " '`.
public enum HTMLEscape {
    public static func append(_ text: String, to out: inout String) {
        var contiguous = text
        contiguous.withUTF8 { bytes in
            var start = 0
            for i in 0..<bytes.count {
                let replacement: String
                switch bytes[i] {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                default: continue
                }
                if i > start { out += String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self) }
                out += replacement
                start = i + 1
            }
            if start == 0 {
                out += text  // nothing to escape: no copy of the bytes into a new string
            } else if start < bytes.count {
                out += String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self)
            }
        }
    }

    /// The same escaping, appended as UTF-8 bytes.
    public static func append(_ text: String, to out: inout [UInt8]) {
        var contiguous = text
        contiguous.withUTF8 { bytes in
            var start = 0
            for i in 0..<bytes.count {
                let replacement: StaticString
                switch bytes[i] {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                default: continue
                }
                if i > start { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i])) }
                out.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                start = i + 1
            }
            if start < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...])) }
        }
    }

    public static func escape(_ text: String) -> String {
        var out = ""
        append(text, to: &out)
        return out
    }
}
