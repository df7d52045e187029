/// One page of a paginated order list (`order-list` template): its rows, where it sits in the
/// list, and the way back to the page it belongs to. Only the list's first page says how many
/// orders it holds (`total`), so a page whose rows stay is not rewritten when the list grows.
public struct OrderListPage: Sendable, TemplateModel {
    public struct Row: Sendable, TemplateModel {
        let order: OrderLink, customer: String, status: StatusBadge, carrier: String, date: String, detail: String
        let statusRank: Int, days: Int?, numbers: Int?, groupHeading: String?, related: [OrderLink]?
        public static let templateFields = TemplateFields<Row>([
            "order": { .model($0.order) }, "customer": { .text($0.customer) }, "status": { .model($0.status) },
            "carrier": { .text($0.carrier) }, "date": { .text($0.date) }, "detail": { .text($0.detail) },
            "statusRank": { .number($0.statusRank) }, "days": { $0.days.map { .number($0) } ?? .absent },
            "numbers": { $0.numbers.map { .number($0) } ?? .absent }, "groupHeading": { .optional($0.groupHeading) },
            "related": { $0.related.map { .models($0) } ?? .absent },
        ])
    }

    public struct Table: Sendable, TemplateModel {
        let rows: [Row], daysLabel: String, id: String, columns: Int, showNumbers: Bool, relatedLabel: String?
        let filterable: Bool, sortable: Bool
        public static let templateFields = TemplateFields<Table>([
            "rows": { .models($0.rows) }, "daysLabel": { .text($0.daysLabel) }, "id": { .text($0.id) },
            "columns": { .number($0.columns) }, "showNumbers": { $0.showNumbers ? .flag(true) : .absent },
            "relatedLabel": { .optional($0.relatedLabel) }, "filterable": { $0.filterable ? .flag(true) : .absent },
            "sortable": { $0.sortable ? .flag(true) : .absent },
        ])
    }

    let title: String, note: String, dateLabel: String, daysLabel: String
    let parent: LabelledLink
    /// How many orders the list holds: on its first page only.
    let total: Int?
    /// The rows on this page, and the dates of its first and last rows.
    let shown: Int, from: String, to: String
    let table: Table?
    let links: ListLinks?
    /// Every page of the list, on its first page when there are several.
    let pageIndex: ListPageIndex?

    public static let templateFields = TemplateFields<OrderListPage>([
        "title": { .text($0.title) }, "note": { .text($0.note) }, "dateLabel": { .text($0.dateLabel) },
        "daysLabel": { .text($0.daysLabel) }, "parent": { .model($0.parent) }, "total": { $0.total.map { .number($0) } ?? .absent },
        "later": { .flag($0.total == nil) }, "shown": { .number($0.shown) }, "from": { .text($0.from) }, "to": { .text($0.to) },
        "table": { .optionalModel($0.table) }, "pager": { .optionalModel($0.links) },
        "pageIndex": { .optionalModel($0.pageIndex) },
    ])
}
