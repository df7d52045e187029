/// One page of the temporary numbers: the totals by state, and this page's rows, already rendered
/// as they streamed from the database.
public struct TempNumbersPageModel: Sendable, TemplateModel {
    let total: Int, page: Int, pageCount: Int, first: Int, last: Int
    let counts: [StatusCount]
    let pager: PagerLinks?
    let tempRows: String

    public static let templateFields = TemplateFields<TempNumbersPageModel>([
        "total": { .number($0.total) }, "page": { .number($0.page) }, "pageCount": { .number($0.pageCount) },
        "first": { .number($0.first) }, "last": { .number($0.last) },
        "counts": { .models($0.counts.map { Count(state: $0.status, count: $0.count) }) },
        "pager": { .optionalModel($0.pager) }, "tempRows": { .text($0.tempRows) },
    ])

    struct Count: Sendable, TemplateModel {
        let state: StatusBadge, count: Int
        static let templateFields = TemplateFields<Count>(["state": { .model($0.state) }, "count": { .number($0.count) }])
    }
}
