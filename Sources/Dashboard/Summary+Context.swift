import PortingModel

extension Summary {
    /// How many rows each list on the summary shows; every list links to all of its rows.
    public static let listLimit = 25

    /// The model of `index.html`; `views` are the full lists the summary links to.
    public func page(views: OrderViews) -> SummaryPage {
        let page = SitePaths.index
        func link(_ id: String) -> OrderLink { index.orderLink(id, from: page) }
        func actions(_ list: [Action], limit: Int = Self.listLimit) -> RowTable? {
            RowTable.nonEmpty(
                list.sorted { $0.sortKey < $1.sortKey }.prefix(limit).map {
                    SummaryPage.ActionRow(
                        order: link($0.id), customer: $0.customer, days: $0.days, detail: $0.detail, status: StatusBadge.order($0.detail))
                })
        }
        let statusRows = statusCounts()
        return SummaryPage(
            totalOrders: orderCount, totalNumbers: totalNumbers, openOrders: openCount,
            ordersByStatus: statusRows, numbersByStatus: numberCounts(),
            exceptions: actions(exceptions), exceptionCount: exceptions.count,
            awaitingSignature: actions(awaitingSignature), awaitingCount: awaitingSignature.count,
            focSoon: actions(focSoon), focSoonCount: focSoon.count,
            oldestPending: actions(oldestPending, limit: Self.oldestLimit),
            recent: recent.map {
                SummaryPage.ActivityRow(
                    at: display.dateTime($0.atText), order: link($0.orderId), note: $0.note, from: $0.from.map(StatusBadge.order),
                    to: $0.to.map(StatusBadge.order))
            },
            results: RowTable.nonEmpty(
                views.results.first(Self.listLimit).map {
                    SummaryPage.ResultRow(
                        order: link($0.id), status: StatusBadge.order($0.status), customer: $0.customer, detail: $0.detail,
                        restartedBy: $0.related.map(link))
                }),
            resultCount: views.results.count, orderCount: views.all.count,
            links: SummaryPage.Links(
                orders: views.all.path, open: views.open.path, focCalendar: views.focCalendar.path, results: views.results.path,
                exceptions: OrderViews.statusFolder(OrderStatus.exception.rawValue) + "/index.html",
                awaiting: OrderViews.statusFolder(OrderStatus.awaitingSignature.rawValue) + "/index.html"),
            charts: charts(statusRows))
    }

    func statusCounts() -> [StatusCount] {
        func row(_ raw: String, _ count: Int) -> StatusCount {
            StatusCount(status: StatusBadge.order(raw), count: count, href: OrderViews.statusFolder(raw) + "/index.html")
        }
        var out = OrderStatus.allCases.map { row($0.rawValue, ordersByStatus[$0.rawValue] ?? 0) }
        for (raw, count) in ordersByStatus.sorted(by: { $0.key < $1.key }) where OrderStatus(rawValue: raw) == nil {
            out.append(row(raw, count))
        }
        return out
    }

    func numberCounts() -> [StatusCount] {
        var out = NumberStatus.allCases.map {
            StatusCount(status: StatusBadge.number($0.rawValue), count: numbersByStatus[$0.rawValue] ?? 0, href: nil)
        }
        for (raw, count) in numbersByStatus.sorted(by: { $0.key < $1.key }) where NumberStatus(rawValue: raw) == nil {
            out.append(StatusCount(status: StatusBadge.number(raw), count: count, href: nil))
        }
        return out
    }

    static let completionBuckets: [(label: String, range: ClosedRange<Int>)] = [
        ("0–7", 0...7), ("8–14", 8...14), ("15–21", 15...21), ("22–30", 22...30), ("31–45", 31...45), ("46–60", 46...60), ("61+", 61...Int.max),
    ]

    func charts(_ statusRows: [StatusCount]) -> [ChartModel] {
        let statusBars = statusRows.map { Charts.Bar(label: $0.status.label, values: [$0.count], tone: $0.status.tone.rawValue) }
        let thisWeek = Int(display.asOf / 86_400 + 3) / 7
        let weekBars = (0..<Self.weeks).reversed().map { back -> Charts.Bar in
            let week = thisWeek - back
            let monday = Timestamp.isoDate(day: Int64(week * 7 - 3))
            return Charts.Bar(label: String(monday.dropFirst(5)), values: [submittedPerWeek[week] ?? 0, completedPerWeek[week] ?? 0])
        }
        let durationBars = Self.completionBuckets.map { bucket in
            Charts.Bar(label: bucket.label, values: [completionDays.filter { bucket.range.contains($0) }.count])
        }
        return [
            ChartModel(
                id: "chart-status", title: "Orders by status",
                svg: Charts.horizontal(id: "chart-status", title: "Orders by status", bars: statusBars),
                bars: statusBars, headers: ["Status", "Orders"]),
            ChartModel(
                id: "chart-weekly", title: "Orders submitted and completed per week (last \(Self.weeks) weeks)",
                svg: Charts.columns(
                    id: "chart-weekly", title: "Orders submitted and completed per week", bars: weekBars, series: ["Submitted", "Completed"]),
                bars: weekBars, headers: ["Week of", "Submitted", "Completed"]),
            ChartModel(
                id: "chart-duration", title: "Days from submission to completion",
                svg: Charts.columns(
                    id: "chart-duration", title: "Completed orders by days from submission to completion", bars: durationBars, series: ["Orders"]),
                bars: durationBars, headers: ["Days", "Orders"]),
        ]
    }
}
