import PortingModel

/// One page of the phone-number inventory: its numbers, the totals by source, and page links.
public struct InventoryPageModel: Sendable, TemplateModel {
    struct Source: Sendable, TemplateModel {
        let source: NumberSource, total: Int, assigned: Int
        static let templateFields = TemplateFields<Source>([
            "source": { .text($0.source.label) }, "code": { .text($0.source.rawValue) }, "total": { .number($0.total) },
            "assigned": { .number($0.assigned) }, "available": { .number($0.total - $0.assigned) },
        ])
    }

    let page: Int, pageCount: Int, first: Int, last: Int
    let pages: [PageLink]
    let totals: InventoryPages.Totals
    let prev: String?, next: String?
    let entryRows: RowSet

    public static let templateFields = TemplateFields<InventoryPageModel>([
        "page": { .number($0.page) }, "pageCount": { .number($0.pageCount) }, "first": { .number($0.first) },
        "last": { .number($0.last) }, "pages": { .models($0.pages) }, "total": { .number($0.totals.total) },
        "assigned": { .number($0.totals.assigned) }, "available": { .number($0.totals.total - $0.totals.assigned) },
        "bySource": { page in
            .models(
                NumberSource.allCases.map { s in
                    let t = page.totals.bySource[s.rawValue] ?? (0, 0)
                    return Source(source: s, total: t.total, assigned: t.assigned)
                })
        },
        "prev": { .optional($0.prev) }, "next": { .optional($0.next) },
        "entryRows": { .rows($0.entryRows) },
    ])
}
