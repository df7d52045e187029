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

    /// The links of page `page`, or nil for a single-page list (which shows none).
    public func links(page: Int) -> PagerLinks? {
        guard pageCount > 1 else { return nil }
        return PagerLinks(page: page, pageCount: pageCount, root: SitePaths.root(of: path(page)), pager: self)
    }
}
