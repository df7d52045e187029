import PortingModel

/// The temporary-numbers pages (`temp-numbers/index.html`, `page-2.html`, ...): every temporary
/// number and what it stands in for, 500 a page, with the totals by state on every page.
public struct TempNumbersPage {
    public static let folder = "temp-numbers"
    public static let pageSize = 500

    let index: SiteIndex
    let display: Display
    /// Mappings by state, counted before the rows stream (every page shows them).
    let counts: [String: Int]
    public let pager: Pager

    public init(index: SiteIndex, display: Display, counts: [String: Int]) {
        self.index = index
        self.display = display
        self.counts = counts
        pager = Pager(folder: Self.folder, rows: counts.values.reduce(0, +), pageSize: Self.pageSize)
    }

    public var total: Int { counts.values.reduce(0, +) }

    /// One mapping's row (fields of the `temp-number` row template), for the caller to render as it
    /// streams.
    public func row(_ t: TempMapping, assignee: String?) -> [String] {
        // Calendar days in the display time zone, to the swap or to the "as of" date: the page
        // changes once a day, not with every new event.
        let end = t.knownState == .active ? nil : Timestamp.seconds(t.swappedAt)
        var days: Int?
        if let start = display.localDay(t.assignedAt) {
            days = Int((end.map(display.localDay(seconds:)) ?? display.today) - start)
        }
        let shown = assignee.map(display.name) ?? ""
        return
            ([
                displayNumber(t.tempNumber), t.tempNumber, displayNumber(t.portedNumber), t.orderId,
                index.orderHref(t.orderId, from: SitePaths.tempNumbers) ?? "", shown, assignee == nil ? "" : "assigned",
            ]
            + StatusBadge.temp(t.state).rowFields
            + [days.map(String.init) ?? "", display.date(t.assignedAt), display.date(t.swappedAt)])
    }

    /// The model of page `page` (1-based), which shows `rows`, `count` of them.
    public func page(_ page: Int, rows: String, count: Int) -> TempNumbersPageModel {
        let first = (page - 1) * Self.pageSize + 1
        return TempNumbersPageModel(
            total: total, page: page, pageCount: pager.pageCount, first: count == 0 ? 0 : first, last: first + count - 1,
            counts: TempState.allCases.map { StatusCount(status: StatusBadge.temp($0.rawValue), count: counts[$0.rawValue] ?? 0, href: nil) },
            pager: pager.links(page: page), tempRows: rows)
    }
}
