import PortingModel

/// The context of `temp-numbers/index.html`: every temporary number and what it stands in for.
public struct TempNumbersPage {
    let index: SiteIndex
    let display: Display
    var total = 0
    var counts: [String: Int] = [:]

    public init(index: SiteIndex, display: Display) {
        self.index = index
        self.display = display
    }

    /// Counts one mapping and returns its row (fields of the `temp-number` row template), for the
    /// caller to render as it streams.
    public mutating func add(_ t: TempMapping, assignee: String?) -> [String] {
        total += 1
        counts[t.state, default: 0] += 1
        let end = t.knownState == .active ? nil : Timestamp.seconds(t.swappedAt)
        var days: Int?
        if let start = Timestamp.seconds(t.assignedAt) {
            days = Int(((end ?? display.asOf) - start) / 86_400)
        }
        let shown = assignee.map(display.name) ?? ""
        return
            ([
                displayNumber(t.tempNumber), t.tempNumber, displayNumber(t.portedNumber), t.orderId,
                index.orderHref(t.orderId, from: SitePaths.tempNumbers) ?? "", shown, assignee == nil ? "" : "assigned",
            ]
            + RowSet.badgeFields(StatusBadge.temp(t.state))
            + [days.map(String.init) ?? "", display.date(t.assignedAt), display.date(t.swappedAt)])
    }

    public func context() -> [String: Any] {
        [
            "total": total,
            "counts": TempState.allCases.map { ["state": StatusBadge.temp($0.rawValue), "count": counts[$0.rawValue] ?? 0] },
        ]
    }
}
