import PortingModel

/// The carrier pages' contexts and the carriers export.
extension Scorecards {
    public static let page = "carriers/index.html"
    static let noData = "no data"

    /// The three spans the timing columns measure, as pages and exports name them.
    /// In the order of `CarrierFigures.spans`.
    static let spans: [(label: String, key: String)] = [
        ("Submission to FOC", "submission_to_foc"), ("FOC to completion", "foc_to_completion"),
        ("Submission to completion", "submission_to_completion"),
    ]

    static func text(_ value: Double?, suffix: String = "") -> String {
        value.map { Percentiles.oneDecimal($0) + suffix } ?? noData
    }

    /// One carrier's figures as a page prints them, links relative to `page`.
    func row(_ key: Int64?, from page: String) -> CarrierRow {
        let f = figures[key] ?? CarrierFigures()
        let root = SitePaths.root(of: page)
        let spid = key.flatMap { index.carriers[$0]?.spid }
        return CarrierRow(
            name: name(key), href: root + Self.folder(key) + "/index.html", anchor: "carrier-" + (key.map { String($0) } ?? "unknown"),
            figures: f, spid: spid?.isEmpty == false ? spid : nil,
            spans: zip(Self.spans, f.spans).map { span, values in
                let median = Percentiles.median(values), p90 = Percentiles.p90(values)
                return CarrierRow.Span(
                    label: span.label, median: Self.text(median), p90: Self.text(p90), count: values.count, medianSort: median ?? -1,
                    p90Sort: p90 ?? -1)
            })
    }

    /// The model of `carriers/index.html`.
    public func indexPage() -> CarriersPage {
        CarriersPage(carriers: keys.map { row($0, from: Self.page) }, spanLabels: Self.spans.map(\.label), charts: comparisonCharts())
    }

    func comparisonCharts() -> [ChartModel] {
        let known = keys.filter { (figures[$0]?.orders ?? 0) > 0 }
        let rejection = known.map { key in
            Charts.Bar(label: name(key), values: [Int((figures[key]?.rejectionRate ?? 0).rounded())], tone: StatusBadge.Tone.bad.rawValue)
        }
        let completion = known.map { key -> Charts.Bar in
            let median = Percentiles.median(figures[key]?.submissionToCompletion ?? [])
            return Charts.Bar(label: name(key), values: [Int((median ?? 0).rounded())])
        }
        func rows(_ value: (CarrierFigures) -> String) -> [(label: String, values: [TemplateValue])] {
            known.map { key in (name(key), [.text(value(figures[key] ?? CarrierFigures()))]) }
        }
        return [
            ChartModel(
                id: "chart-rejection", title: "Orders rejected at least once (%)",
                svg: Charts.horizontal(
                    id: "chart-rejection", title: "Orders rejected at least once, percent, by carrier", bars: rejection, labelWidth: 230),
                headers: ["Carrier", "Rejected (%)"], rows: rows { Self.text($0.rejectionRate, suffix: "%") }),
            ChartModel(
                id: "chart-completion", title: "Median business days from submission to completion",
                svg: Charts.horizontal(
                    id: "chart-completion", title: "Median business days from submission to completion, by carrier",
                    bars: completion, labelWidth: 230),
                headers: ["Carrier", "Median days"], rows: rows { Self.text(Percentiles.median($0.submissionToCompletion)) }),
        ]
    }

    /// The lists of a carrier's pages: its open orders, and the orders hit by each rejection code.
    public func lists(_ key: Int64?) -> [OrderList] {
        let f = figures[key] ?? CarrierFigures()
        let folder = Self.folder(key), carrier = name(key)
        let parent = (label: carrier, path: folder + "/index.html")
        var open = OrderList(
            folder: folder + "/open", title: "Open orders with \(carrier)",
            note: "Orders not yet finished, oldest first; days are business days since submission.",
            dateLabel: "Submitted", daysLabel: "Days open", parent: parent)
        open.rows = f.openOrders
        var out = [open]
        for (code, reason) in f.reasons.sorted(by: { $0.key < $1.key }) {
            var list = OrderList(
                folder: folder + "/reasons/" + OrderSlug.make(code).lowercased(),
                title: "\(carrier): orders rejected with \(code)",
                note: "Orders with a number rejected with this code, latest rejection first.",
                dateLabel: "Rejected", daysLabel: "", parent: parent)
            list.rows = reason.orders
            out.append(list)
        }
        return out
    }

    /// The model of one carrier's page.
    /// `lists` are the carrier's lists, as `lists(_:)` makes them.
    public func carrierPage(_ key: Int64?, lists: [OrderList]) -> CarrierPage {
        let f = figures[key] ?? CarrierFigures()
        let page = Self.folder(key) + "/index.html"
        let root = SitePaths.root(of: page)
        let reasonRows = zip(f.reasons.sorted(by: { $0.key < $1.key }), lists.dropFirst()).map { entry, list in
            CarrierPage.Reason(code: entry.key, text: entry.value.text, count: entry.value.orders.count, href: root + list.path)
        }
        let oldest = lists[0].first(10).map { r in
            CarrierPage.OpenOrder(
                order: index.orderLink(r.id, from: page), customer: r.customer, status: StatusBadge.order(r.status), date: r.date, days: r.days)
        }
        return CarrierPage(
            carrier: row(key, from: page), months: monthRows(f), monthChart: monthChart(f), openCount: f.open,
            openHref: root + lists[0].path, carriersHref: root + Self.page, reasons: RowTable.nonEmpty(reasonRows),
            oldestOpen: RowTable.nonEmpty(Array(oldest)))
    }

    /// The last `months` months, oldest first.
    func monthKeys() -> [Int] {
        let last = Self.month(day: display.today)
        return ((last - Self.months + 1)...last).map { $0 }
    }

    static func monthLabel(_ month: Int) -> String {
        let m = month % 12 + 1
        return "\(month / 12)-\(m < 10 ? "0" : "")\(m)"
    }

    func monthRows(_ f: CarrierFigures) -> [CarrierPage.Month] {
        monthKeys().map { m in
            let month = f.months[m] ?? CarrierFigures.Month()
            return CarrierPage.Month(
                month: Self.monthLabel(m), submitted: month.submitted, completed: month.completed, rejected: month.rejected,
                median: Self.text(Percentiles.median(month.submissionToCompletion)))
        }
    }

    func monthChart(_ f: CarrierFigures) -> String {
        let bars = monthKeys().map { m -> Charts.Bar in
            let month = f.months[m] ?? CarrierFigures.Month()
            return Charts.Bar(label: String(Self.monthLabel(m).dropFirst(2)), values: [month.submitted, month.completed, month.rejected])
        }
        return Charts.columns(
            id: "chart-months", title: "Orders submitted, completed and rejected per month", bars: bars,
            series: ["Submitted", "Completed", "Rejected"])
    }
}
