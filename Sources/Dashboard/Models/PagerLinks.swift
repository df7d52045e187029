/// The first/previous/next/last links of one page of a paginated list, and the pages near it.
public struct PagerLinks: Sendable, TemplateModel {
    public let page: Int
    public let pageCount: Int
    public let root: String
    let pager: Pager

    public static let templateFields = TemplateFields<PagerLinks>([
        "page": { .number($0.page) },
        "pageCount": { .number($0.pageCount) },
        "firstHref": { $0.page > 1 ? .text($0.href(1)) : .absent },
        "prevHref": { $0.page > 1 ? .text($0.href($0.page - 1)) : .absent },
        "nextHref": { $0.page < $0.pageCount ? .text($0.href($0.page + 1)) : .absent },
        "lastHref": { $0.page < $0.pageCount ? .text($0.href($0.pageCount)) : .absent },
        "pages": { links in
            let near = Set((links.page - 2)...(links.page + 2)).filter { $0 >= 1 && $0 <= links.pageCount }
            return .models(near.sorted().map { PageLink(number: $0, href: links.href($0), current: $0 == links.page) })
        },
    ])

    func href(_ page: Int) -> String { root + pager.path(page) }
}
