import Dashboard

extension Theme {
    /// Renders a large table's rows with the theme's compiled row template for its kind.
    public func render(_ rows: RowSet) -> String {
        guard let template = rowTemplates[rows.kind] else { return "" }
        var out = ""
        out.reserveCapacity(rows.values.count * 200)
        for values in rows.values { template.render(values, into: &out) }
        return out
    }

    /// Renders one row of `kind` and appends it to `out`, for tables built as the data streams.
    public func appendRow(_ kind: String, _ values: [String], to out: inout String) {
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
