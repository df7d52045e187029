import Dashboard

extension Theme {
    /// Renders a large table's rows with the theme's compiled row template for its kind.
    public func render(_ rows: RowSet) -> String {
        var out: [UInt8] = []
        append(rows, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Renders a large table's rows onto the end of `out` (the page being rendered), with room
    /// made for them first.
    public func append(_ rows: RowSet, to out: inout [UInt8]) {
        guard let template = rowTemplates[rows.kind] else { return }
        out.reserveCapacity(out.count + rows.values.count * 200)
        for values in rows.values { template.render(values, into: &out) }
    }

    /// Renders one row of `kind` and appends its UTF-8 bytes to `out`, for tables built as the
    /// data streams.
    public func appendRow(_ kind: String, _ values: [String], to out: inout [UInt8]) {
        rowTemplates[kind]?.render(values, into: &out)
    }

    /// Compiles `templates/rows/<kind>.mustache` for every kind of row portdash offers.
    static func loadRowTemplates(_ sources: [String: String], folder: String) throws(ThemeError) -> [String: RowTemplate] {
        var out: [String: RowTemplate] = [:]
        for (kind, fields) in RowSet.kinds.sorted(by: { $0.key < $1.key }) {
            let file = "templates/rows/\(kind).mustache"
            guard let text = sources["rows/\(kind)"] else {
                throw ThemeError("theme \(folder) has no \(file) (large tables are rendered from row templates: see docs/themes.md)")
            }
            out[kind] = try RowTemplate(text.hasSuffix("\n") ? String(text.dropLast()) : text, fields: fields, file: "theme \(folder): \(file)")
        }
        return out
    }
}
