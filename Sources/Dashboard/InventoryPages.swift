import PortingModel

/// The inventory's pages: numbers in order, a fixed number per page, with totals on every page.
public struct InventoryPages: Sendable {
    public struct Totals: Sendable {
        public var bySource: [String: (total: Int, assigned: Int)]
        public init(bySource: [String: (total: Int, assigned: Int)]) { self.bySource = bySource }
        public var total: Int { bySource.values.reduce(0) { $0 + $1.total } }
        public var assigned: Int { bySource.values.reduce(0) { $0 + $1.assigned } }
    }

    public let pageSize: Int
    public let totals: Totals
    let index: SiteIndex
    let display: Display

    public init(pageSize: Int, totals: Totals, index: SiteIndex, display: Display) {
        self.pageSize = pageSize
        self.totals = totals
        self.index = index
        self.display = display
    }

    public var pageCount: Int { max(1, (totals.total + pageSize - 1) / pageSize) }

    /// The context of inventory page `page` (1-based) showing `entries`.
    /// The page's context, and its table as a row set (rendered into `entryRows`).
    public func context(page: Int, entries: [InventoryEntry]) -> (context: [String: Any], rows: RowSet) {
        let path = SitePaths.inventory(page: page)
        let rows = RowSet(
            kind: "inventory-entry",
            values: entries.map { e in
                let assignee = index.userName(e.userId)
                return [
                    displayNumber(e.number), e.number, "n" + e.number.filter(\.isNumber), e.knownSource?.label ?? "Unknown: \(e.source)",
                    e.source, e.status ?? "", assignee.map(display.name) ?? "", assignee == nil ? "" : "assigned",
                    e.orderId ?? "", e.orderId.flatMap { index.orderHref($0, from: path) } ?? "", display.date(e.acquiredAt),
                ]
            })
        let first = (page - 1) * pageSize + 1
        let root = SitePaths.root(of: path)
        var pages: [[String: Any]] = []
        for p in pageWindow(page) {
            pages.append(["n": p, "href": root + SitePaths.inventory(page: p), "current": p == page])
        }
        var context: [String: Any] = [
            "page": page, "pageCount": pageCount, "first": first, "last": first + entries.count - 1,
            "pages": pages, "total": totals.total, "assigned": totals.assigned, "available": totals.total - totals.assigned,
            "bySource": NumberSource.allCases.map { s -> [String: Any] in
                let t = totals.bySource[s.rawValue] ?? (0, 0)
                return ["source": s.label, "code": s.rawValue, "total": t.total, "assigned": t.assigned, "available": t.total - t.assigned]
            },
        ]
        if page > 1 { context["prev"] = root + SitePaths.inventory(page: page - 1) }
        if page < pageCount { context["next"] = root + SitePaths.inventory(page: page + 1) }
        return (context, rows)
    }

    /// Page links to show: the first, the last, and those near the current page.
    func pageWindow(_ page: Int) -> [Int] {
        let near = Set((page - 3)...(page + 3)).filter { $0 >= 1 && $0 <= pageCount }
        return Array(near.union([1, pageCount])).sorted()
    }
}
