import PortingModel

/// The pages of an order list, cut where the rows themselves say, not every 100 rows, so that an
/// order that comes, goes or moves changes the page it is on (and rarely a neighbour), however
/// long the list: with fixed-size pages every row after it would move to the next page.
///
/// A page ends before a row whose id hashes to a multiple of `cutOneIn`, once the page holds
/// `minRows`; or, failing that, at `maxRows`. Pages hold 50 to 250 orders, about 100 on
/// average. The first page is `<folder>/index.html`, the last `<folder>/pages/last.html`, and each
/// other is named after its first order (`<folder>/pages/po-10234.html`), so a page keeps its name
/// while rows come and go around it.
public struct ListChunks: Sendable {
    public static let minRows = 50
    public static let cutOneIn: UInt64 = 50
    public static let maxRows = 250

    /// Each page's rows (positions in the list as shown) and path, in order.
    public let pages: [(rows: Range<Int>, path: String)]

    /// The pages of the list in `folder` whose rows, as shown, have these ids.
    public init(folder: String, ids: [String]) {
        var starts = [0]
        for i in ids.indices.dropFirst() {
            let size = i - starts.last!
            if size >= Self.maxRows || size >= Self.minRows && Self.cutsBefore(ids[i]) { starts.append(i) }
        }
        var used: Set<String> = ["last"]
        var pages: [(rows: Range<Int>, path: String)] = []
        for (n, start) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1] : ids.count
            var path = "\(folder)/index.html"
            if n > 0 && n == starts.count - 1 {
                path = "\(folder)/pages/last.html"
            } else if n > 0 {
                // Two pages could start with the same id only if the list held it twice.
                let slug = OrderSlug.make(ids[start])
                var name = slug, copy = 1
                while !used.insert(name).inserted {
                    copy += 1
                    name = "\(slug)-\(copy)"
                }
                path = "\(folder)/pages/\(name).html"
            }
            pages.append((start..<end, path))
        }
        self.pages = pages
    }

    /// Whether a page may end before the row with this id.
    public static func cutsBefore(_ id: String) -> Bool { Fingerprinter.hash(id.utf8) % cutOneIn == 0 }

    /// The links of page `n` (from 0): first, previous, next and last, each absent where it would
    /// lead to this page or nowhere; nil for a list of one page.
    public func links(_ n: Int) -> ListLinks? {
        guard pages.count > 1 else { return nil }
        let root = SitePaths.root(of: pages[n].path)
        func href(_ i: Int) -> String { root + pages[i].path }
        let last = pages.count - 1
        return ListLinks(
            first: n > 0 ? href(0) : nil, previous: n > 0 ? href(n - 1) : nil, next: n < last ? href(n + 1) : nil,
            last: n < last ? href(last) : nil)
    }
}
