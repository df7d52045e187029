import PortingModel

/// The context of `temp-numbers/index.html`: every temporary number and what it stands in for.
public struct TempNumbersPage {
    let index: SiteIndex
    let display: Display
    var rows: [[String: Any]] = []
    var counts: [String: Int] = [:]

    public init(index: SiteIndex, display: Display) {
        self.index = index
        self.display = display
    }

    public mutating func add(_ t: TempMapping, assignee: String?) {
        counts[t.state, default: 0] += 1
        let end = t.knownState == .active ? nil : Timestamp.seconds(t.swappedAt)
        var days: Int?
        if let start = Timestamp.seconds(t.assignedAt) {
            days = Int(((end ?? display.asOf) - start) / 86_400)
        }
        rows.append([
            "temp": displayNumber(t.tempNumber), "tempE164": t.tempNumber, "ported": displayNumber(t.portedNumber),
            "order": index.orderLink(t.orderId, from: SitePaths.tempNumbers),
            "assignee": assignee.map(display.name) ?? "", "assigned": assignee != nil,
            "state": StatusBadge.temp(t.state), "days": days.map(String.init) ?? "",
            "since": display.date(t.assignedAt), "until": display.date(t.swappedAt),
        ])
    }

    public func context() -> [String: Any] {
        ["temps": rows, "total": rows.count,
         "counts": TempState.allCases.map { ["state": StatusBadge.temp($0.rawValue), "count": counts[$0.rawValue] ?? 0] }]
    }
}
