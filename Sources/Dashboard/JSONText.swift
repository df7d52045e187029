import PortingModel

/// JSON text written by hand so exports stream row by row with keys in a fixed order.
public enum JSONText {
    public enum Value {
        case string(String?)
        case int(Int64?)
        case bool(Bool)
        /// A figure with one decimal (`42.9`), or null.
        case decimal(Double?)
    }

    /// One object on one line, keys in the given order.
    public static func object(_ fields: [(String, Value)]) -> String {
        var out = "{"
        for (i, field) in fields.enumerated() {
            if i > 0 { out += "," }
            append(field.0, to: &out)
            out += ":"
            append(field.1, to: &out)
        }
        return out + "}"
    }

    /// The values of `fields` as one array on one line: an export's row (docs/exports.md).
    public static func row(_ fields: [(String, Value)]) -> String {
        var out = ""
        appendRow(fields, to: &out)
        return out
    }

    /// Appends the values of `fields` as one array.
    public static func appendRow(_ fields: [(String, Value)], to out: inout String) {
        out += "["
        for (i, field) in fields.enumerated() {
            if i > 0 { out += "," }
            append(field.1, to: &out)
        }
        out += "]"
    }

    static func append(_ value: Value, to out: inout String) {
        switch value {
        case .string(let text): if let text { append(text, to: &out) } else { out += "null" }
        case .int(let int): out += int.map { String($0) } ?? "null"
        case .bool(let bool): out += bool ? "true" : "false"
        case .decimal(let number): out += number.map(Percentiles.oneDecimal) ?? "null"
        }
    }

    /// Appends a JSON string literal. `<`, `>` and `&` are escaped too, so the text is safe inside
    /// HTML, and U+2028/U+2029, so it is safe inside a script.
    public static func append(_ text: String, to out: inout String) {
        var bytes: [UInt8] = []
        append(text, to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends a JSON string literal as UTF-8 (see `append(_:to:)` for a string). Runs of plain
    /// bytes are copied whole: the search shards and exports write a million of these.
    public static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { append(utf8: $0, to: &out) }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Appends a JSON string literal of the UTF-8 `bytes`.
    public static func append(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var start = 0
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            let escape: StaticString
            var width = 1
            switch byte {
            case 0x22: escape = "\\\""
            case 0x5C: escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0x3C: escape = "\\u003c"
            case 0x3E: escape = "\\u003e"
            case 0x26: escape = "\\u0026"
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                escape = bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                width = 3
            case 0..<0x20:
                escape = "\\u00"
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
                out.append(contentsOf: UnsafeBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount))
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 15)])
                i += 1
                start = i
                continue
            default:
                i += 1
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
            out.append(contentsOf: UnsafeBufferPointer(start: escape.utf8Start, count: escape.utf8CodeUnitCount))
            i += width
            start = i
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
        out.append(UInt8(ascii: "\""))
    }

    /// A JSON string literal (see `append`).
    public static func string(_ text: String) -> String {
        var out = ""
        append(text, to: &out)
        return out
    }
}
