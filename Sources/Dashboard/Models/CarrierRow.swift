/// One losing carrier's figures as the carriers pages print them (docs/metrics.md).
public struct CarrierRow: Sendable, TemplateModel {
    public struct Span: Sendable, TemplateModel {
        let label: String, median: String, p90: String, count: Int, medianSort: Double, p90Sort: Double
        public static let templateFields = TemplateFields<Span>([
            "label": { .text($0.label) }, "median": { .text($0.median) }, "p90": { .text($0.p90) }, "count": { .number($0.count) },
            "medianSort": { .text(String(describing: $0.medianSort)) }, "p90Sort": { .text(String(describing: $0.p90Sort)) },
        ])
    }

    public struct Reason: Sendable, TemplateModel {
        let code: String, text: String, count: Int
        public static let templateFields = TemplateFields<Reason>([
            "code": { .text($0.code) }, "text": { .text($0.text) }, "count": { .number($0.count) },
        ])
    }

    let name: String, href: String, anchor: String
    let figures: CarrierFigures
    let spid: String?
    let spans: [Span]

    public static let templateFields = TemplateFields<CarrierRow>([
        "name": { .text($0.name) }, "href": { .text($0.href) }, "anchor": { .text($0.anchor) },
        "orders": { .number($0.figures.orders) }, "open": { .number($0.figures.open) }, "numbers": { .number($0.figures.numbers) },
        "completed": { .number($0.figures.completed) }, "finished": { .number($0.figures.finished) },
        "completionRate": { .text(Scorecards.text($0.figures.completionRate, suffix: "%")) },
        "completionSort": { .text(String(describing: $0.figures.completionRate ?? -1)) },
        "rejected": { .number($0.figures.rejected) },
        "rejectionRate": { .text(Scorecards.text($0.figures.rejectionRate, suffix: "%")) },
        "rejectionSort": { .text(String(describing: $0.figures.rejectionRate ?? -1)) },
        "topReasons": { .models($0.figures.topReasons().map { Reason(code: $0.code, text: $0.text, count: $0.count) }) },
        "spans": { .models($0.spans) },
        "spid": { .optional($0.spid) },
    ])
}
