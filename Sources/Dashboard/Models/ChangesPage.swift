/// One page of the changes log: its changes, newest first, under day headings, and the links to
/// the newer and older pages. Only the newest page says how many changes there are in all, so an
/// older page stays the same while new changes arrive.
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

    let days: Int
    let newest: Bool
    let total: Int
    let shown: Int
    let from: String, to: String
    let table: RowTable?
    let links: NewerOlderLinks?

    public static let templateFields = TemplateFields<ChangesPage>([
        "days": { .number($0.days) }, "newest": { .flag($0.newest) }, "total": { .number($0.total) },
        "shown": { .number($0.shown) }, "from": { .text($0.from) }, "to": { .text($0.to) },
        "kinds": { _ in .models(["Status change", "Number status", "Note", "Number note"].map(Kind.init)) },
        "table": { .optionalModel($0.table) }, "links": { .optionalModel($0.links) },
    ])
}
