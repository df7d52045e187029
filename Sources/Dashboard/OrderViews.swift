import PortingModel

/// The lists of orders people ask for, each paginated: every order newest first, one list per
/// status, open orders by age, FOC dates by day, and the porting order results. Accumulated one
/// order at a time; the summary shows the first rows of each and links here.
public struct OrderViews {
    public static let allFolder = "orders"
    public static let openFolder = "open-orders"
    public static let focFolder = "foc-calendar"
    public static let resultsFolder = "results"
    static let statusParent = "orders-by-status"

    let index: SiteIndex
    let display: Display
    public private(set) var all: OrderList
    public private(set) var byStatus: [String: OrderList] = [:]
    public private(set) var open: OrderList
    public private(set) var focCalendar: OrderList
    public private(set) var results: OrderList

    public init(index: SiteIndex, display: Display) {
        self.index = index
        self.display = display
        let home = (label: "Summary", path: SitePaths.index)
        all = OrderList(
            folder: Self.allFolder, title: "All orders", note: "Every order, newest first.", dateLabel: "Created",
            daysLabel: "Age (days)", parent: home)
        all.showNumbers = true
        all.filterable = true
        all.tableId = "orders-table"
        open = OrderList(
            folder: Self.openFolder, title: "Open orders by age",
            note: "Orders not yet finished, oldest first. Age is in business days since submission (since creation when not submitted).",
            dateLabel: "Submitted", daysLabel: "Business days open", parent: home)
        open.showNumbers = true
        open.filterable = true
        focCalendar = OrderList(
            folder: Self.focFolder, title: "FOC dates by day",
            note: "Open orders with a committed port (FOC) date, by date; dates before today were missed.",
            dateLabel: "FOC date", daysLabel: "Days from today", parent: home)
        focCalendar.showNumbers = true
        focCalendar.sortable = false
        results = OrderList(
            folder: Self.resultsFolder, title: "Porting order results",
            note:
                "Every order the losing carrier rejected or that did not port in full, newest first, with the reasons and the order that restarted it.",
            dateLabel: "Updated", daysLabel: "", parent: home)
        results.relatedLabel = "Restarted as"
        results.filterable = true
        for status in OrderStatus.allCases { byStatus[status.rawValue] = statusList(status.rawValue) }
    }

    /// The folder of one status's list; unknown statuses get a safe folder name.
    public static func statusFolder(_ status: String) -> String {
        statusParent + "/" + (OrderStatus(rawValue: status) != nil ? status : "unknown-" + OrderSlug.make(status).lowercased())
    }

    func statusList(_ status: String) -> OrderList {
        let label = OrderStatus(rawValue: status)?.label ?? (status.isEmpty ? "Missing status" : "Unknown: \(status)")
        var list = OrderList(
            folder: Self.statusFolder(status), title: "Orders: \(label)", note: "Orders in this status, newest first.",
            dateLabel: "Created", daysLabel: "Age (days)", parent: (label: "Summary", path: SitePaths.index))
        list.showNumbers = true
        list.filterable = true
        return list
    }

    public mutating func add(_ bundle: OrderBundle, reasons: [NumberTally.Reason]) {
        let o = bundle.order
        let customer = display.name(o.businessName ?? o.ownerName)
        let carrier = index.carrierName(o.losingCarrierId)
        let created = Int(Timestamp.seconds(o.createdAt) ?? 0)
        let age = display.daysSince(o.submittedAt ?? o.createdAt)
        var row = OrderList.Row(
            id: o.id, customer: customer, status: o.status, carrier: carrier, date: display.date(o.createdAt), days: age,
            sortKey: -created)
        row.numbers = bundle.tally.count
        all.rows.append(row)
        if byStatus[o.status] == nil { byStatus[o.status] = statusList(o.status) }
        byStatus[o.status]?.rows.append(row)
        let status = o.knownStatus
        if status?.isOpen == true {
            let businessAge = display.businessDaysSince(o.submittedAt ?? o.createdAt)
            var openRow = row
            openRow.date = display.date(o.submittedAt)
            openRow.days = businessAge
            openRow.sortKey = -(businessAge ?? -1)
            open.rows.append(openRow)
            if let foc = display.localDay(o.focDate) {
                var focRow = row
                focRow.date = display.date(o.focDate)
                focRow.days = Int(foc - display.today)
                focRow.sortKey = Int(foc)
                focRow.group = display.dayHeading(foc)
                focCalendar.rows.append(focRow)
            }
        }
        let restartedBy = index.restartedBy[o.id] ?? []
        if [.exception, .partiallyCompleted].contains(status) || !reasons.isEmpty || !restartedBy.isEmpty {
            var result = row
            result.date = display.date(o.updatedAt ?? o.createdAt)
            result.days = nil
            result.detail = reasons.map { "\($0.code): \($0.reason) (\($0.count))" }.joined(separator: " · ")
            result.related = restartedBy
            result.sortKey = -Int(Timestamp.seconds(o.updatedAt ?? o.createdAt) ?? 0)
            results.rows.append(result)
        }
    }

    /// Every list, in a stable order.
    public var lists: [OrderList] {
        [all, open, focCalendar, results] + byStatus.sorted { $0.key < $1.key }.map(\.value)
    }
}
