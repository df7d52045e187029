/// A chart: its SVG, and the same figures as a table for screen readers and print.
public struct ChartModel: Sendable, TemplateModel {
    public struct Cell: Sendable, TemplateModel {
        let value: TemplateValue
        public static let templateFields = TemplateFields<Cell>(["v": { $0.value }])
    }
    public struct Header: Sendable, TemplateModel {
        let text: String
        public static let templateFields = TemplateFields<Header>(["h": { .text($0.text) }])
    }
    public struct Row: Sendable, TemplateModel {
        let label: String
        let values: [Cell]
        public static let templateFields = TemplateFields<Row>([
            "label": { .text($0.label) },
            "values": { .models($0.values) },
        ])
    }
    public struct Table: Sendable, TemplateModel {
        let headers: [Header]
        let rows: [Row]
        public static let templateFields = TemplateFields<Table>([
            "headers": { .models($0.headers) },
            "rows": { .models($0.rows) },
        ])
    }

    public let id: String
    public let title: String
    public let svg: String
    public let table: Table

    /// A chart whose table has one row per bar, with the bar's values as numbers.
    public init(id: String, title: String, svg: String, bars: [Charts.Bar], headers: [String]) {
        self.init(id: id, title: title, svg: svg, headers: headers, rows: bars.map { ($0.label, $0.values.map { .number($0) }) })
    }

    public init(id: String, title: String, svg: String, headers: [String], rows: [(label: String, values: [TemplateValue])]) {
        self.id = id
        self.title = title
        self.svg = svg
        table = Table(headers: headers.map(Header.init), rows: rows.map { Row(label: $0.label, values: $0.values.map(Cell.init)) })
    }

    public static let templateFields = TemplateFields<ChartModel>([
        "id": { .text($0.id) },
        "title": { .text($0.title) },
        "svg": { .text($0.svg) },
        "table": { .model($0.table) },
    ])
}
