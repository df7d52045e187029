/// One page of the changes log: every status change and note, newest first, under day headings.
public struct ChangesPage: Sendable, TemplateModel {
    public struct Row: Sendable, TemplateModel {
        let at: String, order: OrderLink, customer: String, number: String, note: String, actor: String, kind: String
        let from: StatusBadge?, to: StatusBadge?, dayHeading: String?
        public static let templateFields = TemplateFields<Row>([
            "at": { .text($0.at) }, "order": { .model($0.order) }, "customer": { .text($0.customer) },
            "number": { .text($0.number) }, "note": { .text($0.note) }, "actor": { .text($0.actor) }, "kind": { .text($0.kind) },
            "from": { .optionalModel($0.from) }, "to": { .optionalModel($0.to) }, "dayHeading": { .optional($0.dayHeading) },
        ])
    }

    struct Kind: Sendable, TemplateModel {
        let kind: String
        static let templateFields = TemplateFields<Kind>(["kind": { .text($0.kind) }])
    }

    let days: Int, total: Int, page: Int, pageCount: Int, first: Int, last: Int
    let table: RowTable?
    let pager: PagerLinks?

    public static let templateFields = TemplateFields<ChangesPage>([
        "days": { .number($0.days) }, "total": { .number($0.total) }, "page": { .number($0.page) },
        "pageCount": { .number($0.pageCount) }, "first": { .number($0.first) }, "last": { .number($0.last) },
        "kinds": { _ in .models(["Status change", "Number status", "Note", "Number note"].map(Kind.init)) },
        "table": { $0.table.map { .model($0) } ?? .absent }, "pager": { .optionalModel($0.pager) },
    ])
}
