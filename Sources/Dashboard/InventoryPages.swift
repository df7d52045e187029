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

    /// The model of inventory page `page` (1-based) showing `entries`.
    public func page(_ page: Int, entries: [InventoryEntry]) -> InventoryPageModel {
        let path = SitePaths.inventory(page: page)
        // Numbers acquired together are listed together: each run of one time is formatted once.
        var acquired: (text: String?, date: String) = (nil, "")
        // So are numbers of one source: its label is looked up once per run.
        var source: (raw: String, label: String)?
        let rows = RowSet(
            kind: "inventory-entry",
            values: entries.map { e in
                let assignee = index.userName(e.userId)
                if e.acquiredAt != acquired.text { acquired = (e.acquiredAt, display.date(e.acquiredAt)) }
                if source?.raw != e.source { source = (e.source, e.knownSource?.label ?? "Unknown: \(e.source)") }
                return [
                    displayNumber(e.number), e.number, "n" + numericCharacters(e.number), source?.label ?? "",
                    e.source, e.status ?? "", assignee.map(display.name) ?? "", assignee == nil ? "" : "assigned",
                    e.orderId ?? "", e.orderId.flatMap { index.orderHref($0, from: path) } ?? "", acquired.date,
                ]
            })
        let first = (page - 1) * pageSize + 1
        let root = SitePaths.root(of: path)
        return InventoryPageModel(
            page: page, pageCount: pageCount, first: first, last: first + entries.count - 1,
            pages: pageWindow(page).map { PageLink(number: $0, href: root + SitePaths.inventory(page: $0), current: $0 == page) },
            totals: totals,
            prev: page > 1 ? root + SitePaths.inventory(page: page - 1) : nil,
            next: page < pageCount ? root + SitePaths.inventory(page: page + 1) : nil,
            entryRows: rows)
    }

    /// Page links to show: the first, the last, and those near the current page.
    func pageWindow(_ page: Int) -> [Int] {
        let near = Set((page - 3)...(page + 3)).filter { $0 >= 1 && $0 <= pageCount }
        return Array(near.union([1, pageCount])).sorted()
    }
}
