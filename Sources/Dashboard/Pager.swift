/// Numbered pages of a list in one folder (`<folder>/index.html`, `<folder>/page-2.html`, ...), and
/// the first/previous/next/last links that work without scripts.
public struct Pager: Sendable {
    public let folder: String
    public let pageCount: Int

    public init(folder: String, rows: Int, pageSize: Int) {
        self.folder = folder
        pageCount = max(1, (rows + pageSize - 1) / pageSize)
    }

    /// Page `n` (1-based) of the list in `folder`.
    public static func path(_ folder: String, page: Int) -> String {
        page == 1 ? "\(folder)/index.html" : "\(folder)/page-\(page).html"
    }

    public func path(_ page: Int) -> String { Self.path(folder, page: page) }

    /// The `pager` context of page `page` (absent from a single-page list): `page`, `pageCount`,
    /// `firstHref`, `prevHref`, `nextHref`, `lastHref`, and `pages[]` near the current one.
    public func context(page: Int) -> [String: Any]? {
        guard pageCount > 1 else { return nil }
        let root = SitePaths.root(of: path(page))
        var pager: [String: Any] = ["page": page, "pageCount": pageCount]
        if page > 1 {
            pager["firstHref"] = root + path(1)
            pager["prevHref"] = root + path(page - 1)
        }
        if page < pageCount {
            pager["nextHref"] = root + path(page + 1)
            pager["lastHref"] = root + path(pageCount)
        }
        let near = Set((page - 2)...(page + 2)).filter { $0 >= 1 && $0 <= pageCount }
        pager["pages"] = near.sorted().map { n -> [String: Any] in
            ["n": n, "href": root + path(n), "current": n == page]
        }
        return pager
    }
}
