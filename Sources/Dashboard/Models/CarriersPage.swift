/// What `carriers/index.html` shows: one row per losing carrier, and charts comparing them.
public struct CarriersPage: Sendable, TemplateModel {
    struct SpanLabel: Sendable, TemplateModel {
        let label: String
        static let templateFields = TemplateFields<SpanLabel>(["label": { .text($0.label) }])
    }

    let carriers: [CarrierRow]
    let spanLabels: [String]
    let charts: [ChartModel]

    public static let templateFields = TemplateFields<CarriersPage>([
        "carriers": { .models($0.carriers) },
        "count": { .number($0.carriers.count) },
        "spanLabels": { .models($0.spanLabels.map(SpanLabel.init)) },
        "charts": { .models($0.charts) },
    ])
}
