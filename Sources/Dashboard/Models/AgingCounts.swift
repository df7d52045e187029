/// The aging counts, each linked to its list: on the aging page and the summary.
public struct AgingCounts: Sendable, TemplateModel {
    public struct Item: Sendable, TemplateModel {
        let label: String, count: Int, href: String, tone: String
        public static let templateFields = TemplateFields<Item>([
            "label": { .text($0.label) }, "count": { .number($0.count) }, "href": { .text($0.href) }, "tone": { .text($0.tone) },
        ])
    }

    let ages: [Item]
    let ageTotal: Int
    let late: [Item]
    let href: String

    public static let templateFields = TemplateFields<AgingCounts>([
        "ages": { .models($0.ages) },
        "ageTotal": { .number($0.ageTotal) },
        "late": { .models($0.late) },
        "href": { .text($0.href) },
    ])
}
