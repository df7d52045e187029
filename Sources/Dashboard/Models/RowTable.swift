/// A table section: `{{#name}}...{{#rows}}...{{/rows}}{{/name}}`, with how many rows it has.
public struct RowTable: Sendable, TemplateModel {
    public let rows: [TemplateValue]

    public init<Row: TemplateModel>(_ rows: [Row]) { self.rows = rows.map { .model($0) } }

    /// The table, or nil when it has no rows (so the section is left out).
    public static func nonEmpty<Row: TemplateModel>(_ rows: [Row]) -> RowTable? { rows.isEmpty ? nil : RowTable(rows) }

    public static let templateFields = TemplateFields<RowTable>([
        "rows": { .list($0.rows) },
        "count": { .number($0.rows.count) },
    ])
}
