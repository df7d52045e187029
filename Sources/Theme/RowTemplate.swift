/// A template for one row of a large table, rendered without reflection.
///
/// Big tables (an order's 1,000 numbers, an LOA attachment, an inventory page) would spend most of
/// a build in Mustache's dynamic lookups, so each row is rendered from a compiled subset of
/// Mustache: `{{name}}` (escaped), `{{{name}}}` (as is, for fragments portdash made safe), and
/// sections `{{#name}}...{{/name}}` / `{{^name}}...{{/name}}` that test whether a field is
/// non-empty. Fields are strings looked up by position, not by name.
public struct RowTemplate: Sendable {
    enum Part: Sendable {
        case text(String)
        case escaped(Int)
        case raw(Int)
        case section(Int, inverted: Bool, [Part])
    }

    /// The field names, in the order `render` takes their values.
    public let fields: [String]
    let parts: [Part]

    /// Compiles `text`; `fields` are the names a row offers. Unknown names and other tags are errors.
    public init(_ text: String, fields: [String], file: String) throws(ThemeError) {
        self.fields = fields
        var index: [String: Int] = [:]
        for (i, name) in fields.enumerated() { index[name] = i }
        var parser = RowTemplateParser(text: text, file: file, index: index)
        parts = try parser.parse(until: nil)
    }

    /// Renders one row from its field values (in `fields` order) and appends it to `out`.
    public func render(_ values: [String], into out: inout String) {
        Self.render(parts, values, into: &out)
    }

    static func render(_ parts: [Part], _ values: [String], into out: inout String) {
        for part in parts {
            switch part {
            case .text(let text): out += text
            case .escaped(let i): HTMLEscape.append(values[i], to: &out)
            case .raw(let i): out += values[i]
            case .section(let i, let inverted, let inner):
                if values[i].isEmpty == inverted { render(inner, values, into: &out) }
            }
        }
    }
}

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
