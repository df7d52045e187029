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

    /// Appends a JSON string literal.
    public static func append(_ text: String, to out: inout String) {
        // Fast path: most values need no escaping at all.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0xE2 }) {
            out += "\""
            out += text
            out += "\""
            return
        }
        out += string(text)
    }

    /// A JSON string literal. `<`, `>` and `&` are escaped too, so the text is safe inside HTML.
    public static func string(_ text: String) -> String {
        var out = "\""
        for s in text.unicodeScalars {
            switch s {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if s.value < 0x20 {
                    let hex = String(s.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(s)
                }
            }
        }
        return out + "\""
    }
}
