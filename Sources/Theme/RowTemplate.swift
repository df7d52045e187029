import Dashboard

/// A template for one row of a large table, rendered without reflection.
///
/// Big tables (an order's 1,000 numbers, an LOA attachment, an inventory page) would spend most of
/// a build in Mustache's dynamic lookups, so each row is rendered from a compiled subset of
/// Mustache: `{{name}}` (escaped), `{{{name}}}` (as is, for fragments portdash made safe), and
/// sections `{{#name}}...{{/name}}` / `{{^name}}...{{/name}}` that test whether a field is
/// non-empty. Fields are strings looked up by position, not by name.
public struct RowTemplate: Sendable {
    enum Part: Sendable {
        /// Literal text, as its UTF-8 bytes.
        case text([UInt8])
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

    /// Renders one row from its field values (in `fields` order) and appends its UTF-8 bytes to
    /// `out`. Tables of a million rows are rendered
    /// this way: appending to a byte array costs a fraction of appending to a string, which checks
    /// its storage, its ASCII flag and its count on every append.
    public func render(_ values: [String], into out: inout [UInt8]) {
        Self.render(parts, values, into: &out)
    }

    static func render(_ parts: [Part], _ values: [String], into out: inout [UInt8]) {
        for part in parts {
            switch part {
            case .text(let text): out.append(contentsOf: text)
            case .escaped(let i): HTMLEscape.append(values[i], to: &out)
            case .raw(let i): out.append(utf8: values[i])
            case .section(let i, let inverted, let inner):
                if values[i].isEmpty == inverted { render(inner, values, into: &out) }
            }
        }
    }
}
