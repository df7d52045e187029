/// HTML escaping as swift-mustache does it: `& < > " '`.
public enum HTMLEscape {
    /// What a byte is escaped as, or nil when it stands for itself.
    static func replacement(_ byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }

    public static func append(_ text: String, to out: inout String) {
        var contiguous = text
        contiguous.withUTF8 { bytes in
            var start = 0
            for i in 0..<bytes.count {
                guard let replacement = replacement(bytes[i]) else { continue }
                if i > start { out += String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self) }
                out += replacement.description
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
                guard let replacement = replacement(bytes[i]) else { continue }
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
