import PortingModel

extension Summary {
    /// How many rows each list on the summary shows; every list links to all of its rows.
    public static let listLimit = 25

    /// The context of `index.html`; `views` are the full lists the summary links to.
    public func context(views: OrderViews) -> [String: Any] {
        let page = SitePaths.index
        func link(_ id: String) -> [String: Any] { index.orderLink(id, from: page) }
        func actions(_ list: [Action], limit: Int = Self.listLimit) -> [String: Any]? {
            table(
                list.sorted { $0.sortKey < $1.sortKey }.prefix(limit).map {
                    [
                        "order": link($0.id), "customer": $0.customer, "days": $0.days, "detail": $0.detail,
                        "status": StatusBadge.order($0.detail),
                    ]
                })
        }
        let statusRows = statusCounts()
        var context: [String: Any] = [
            "totalOrders": orderCount,
            "totalNumbers": totalNumbers,
            "openOrders": openCount,
            "ordersByStatus": statusRows,
            "numbersByStatus": numberCounts(),
            "exceptions": actions(exceptions) as Any,
            "exceptionCount": exceptions.count,
            "awaitingSignature": actions(awaitingSignature) as Any,
            "awaitingCount": awaitingSignature.count,
            "focSoon": actions(focSoon) as Any,
            "focSoonCount": focSoon.count,
            "oldestPending": actions(oldestPending, limit: Self.oldestLimit) as Any,
            "recent": recent.map { a -> [String: Any] in
                var row: [String: Any] = ["at": display.dateTime(a.atText), "order": link(a.orderId), "note": a.note]
                if let from = a.from { row["from"] = StatusBadge.order(from) }
                if let to = a.to { row["to"] = StatusBadge.order(to) }
                return row
            },
            "results": table(
                views.results.sorted.prefix(Self.listLimit).map { r -> [String: Any] in
                    var row: [String: Any] = [
                        "order": link(r.id), "status": StatusBadge.order(r.status), "customer": r.customer, "detail": r.detail,
                    ]
                    if !r.related.isEmpty { row["restartedBy"] = r.related.map(link) }
                    return row
                }) as Any,
            "resultCount": views.results.count,
            "orderCount": views.all.count,
            "links": [
                "orders": views.all.path, "open": views.open.path, "focCalendar": views.focCalendar.path,
                "results": views.results.path, "exceptions": OrderViews.statusFolder(OrderStatus.exception.rawValue) + "/index.html",
                "awaiting": OrderViews.statusFolder(OrderStatus.awaitingSignature.rawValue) + "/index.html",
            ],
            "listLimit": Self.listLimit,
        ]
        context["charts"] = charts(statusRows)
        return compacted(context)
    }

    /// A table section for a template: `{{#name}}...{{#rows}}...{{/rows}}{{/name}}`, absent when empty.
    func table(_ rows: [[String: Any]]) -> [String: Any]? {
        rows.isEmpty ? nil : ["rows": rows, "count": rows.count]
    }

    func statusCounts() -> [[String: Any]] {
        func row(_ raw: String, _ count: Int) -> [String: Any] {
            ["status": StatusBadge.order(raw), "count": count, "href": OrderViews.statusFolder(raw) + "/index.html"]
        }
        var out = OrderStatus.allCases.map { row($0.rawValue, ordersByStatus[$0.rawValue] ?? 0) }
        for (raw, count) in ordersByStatus.sorted(by: { $0.key < $1.key }) where OrderStatus(rawValue: raw) == nil {
            out.append(row(raw, count))
        }
        return out
    }

    func numberCounts() -> [[String: Any]] {
        var out: [[String: Any]] = NumberStatus.allCases.map {
            ["status": StatusBadge.number($0.rawValue), "count": numbersByStatus[$0.rawValue] ?? 0]
        }
        for (raw, count) in numbersByStatus.sorted(by: { $0.key < $1.key }) where NumberStatus(rawValue: raw) == nil {
            out.append(["status": StatusBadge.number(raw), "count": count])
        }
        return out
    }

    static let completionBuckets: [(label: String, range: ClosedRange<Int>)] = [
        ("0–7", 0...7), ("8–14", 8...14), ("15–21", 15...21), ("22–30", 22...30), ("31–45", 31...45), ("46–60", 46...60), ("61+", 61...Int.max),
    ]

    func charts(_ statusRows: [[String: Any]]) -> [[String: Any]] {
        let statusBars = statusRows.map { row -> Charts.Bar in
            let badge = row["status"] as! [String: Any]
            return Charts.Bar(label: badge["label"] as! String, values: [row["count"] as! Int], tone: badge["tone"] as! String)
        }
        let thisWeek = Int(display.asOf / 86_400 + 3) / 7
        let weekBars = (0..<Self.weeks).reversed().map { back -> Charts.Bar in
            let week = thisWeek - back
            let monday = Timestamp.isoDate(day: Int64(week * 7 - 3))
            return Charts.Bar(label: String(monday.dropFirst(5)), values: [submittedPerWeek[week] ?? 0, completedPerWeek[week] ?? 0])
        }
        let durationBars = Self.completionBuckets.map { bucket in
            Charts.Bar(label: bucket.label, values: [completionDays.filter { bucket.range.contains($0) }.count])
        }
        func table(_ bars: [Charts.Bar], _ headers: [String]) -> [String: Any] {
            ["headers": headers.map { ["h": $0] }, "rows": bars.map { bar in ["label": bar.label, "values": bar.values.map { ["v": $0] }] }]
        }
        return [
            [
                "id": "chart-status", "title": "Orders by status",
                "svg": Charts.horizontal(id: "chart-status", title: "Orders by status", bars: statusBars),
                "table": table(statusBars, ["Status", "Orders"]),
            ],
            [
                "id": "chart-weekly", "title": "Orders submitted and completed per week (last \(Self.weeks) weeks)",
                "svg": Charts.columns(
                    id: "chart-weekly", title: "Orders submitted and completed per week", bars: weekBars, series: ["Submitted", "Completed"]),
                "table": table(weekBars, ["Week of", "Submitted", "Completed"]),
            ],
            [
                "id": "chart-duration", "title": "Days from submission to completion",
                "svg": Charts.columns(
                    id: "chart-duration", title: "Completed orders by days from submission to completion", bars: durationBars, series: ["Orders"]),
                "table": table(durationBars, ["Days", "Orders"]),
            ],
        ]
    }
}
