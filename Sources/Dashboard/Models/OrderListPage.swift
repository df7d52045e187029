/// One page of a paginated order list (`order-list` template): its rows, where it sits in the
/// list, and the way back to the page it belongs to.
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
    let total: Int, page: Int, pageCount: Int, first: Int, last: Int
    let table: Table?
    let pager: PagerLinks?

    public static let templateFields = TemplateFields<OrderListPage>([
        "title": { .text($0.title) }, "note": { .text($0.note) }, "dateLabel": { .text($0.dateLabel) },
        "daysLabel": { .text($0.daysLabel) }, "parent": { .model($0.parent) }, "total": { .number($0.total) },
        "page": { .number($0.page) }, "pageCount": { .number($0.pageCount) }, "first": { .number($0.first) },
        "last": { .number($0.last) }, "table": { .optionalModel($0.table) }, "pager": { .optionalModel($0.pager) },
    ])
}
