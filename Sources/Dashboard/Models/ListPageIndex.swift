/// Every page of an order list with the dates of its first and last rows, shown on the list's
/// first page so that a reader can go straight to any of them (the pages are not numbered).
public struct ListPageIndex: Sendable, TemplateModel {
    public struct Entry: Sendable, TemplateModel {
        let href: String, from: String, to: String, rows: Int
        public static let templateFields = TemplateFields<Entry>([
            "href": { .text($0.href) }, "from": { .text($0.from) }, "to": { .text($0.to) }, "rows": { .number($0.rows) },
        ])
    }

    let pages: [Entry]

    public static let templateFields = TemplateFields<ListPageIndex>([
        "pages": { .models($0.pages) }, "count": { .number($0.pages.count) },
    ])
}
