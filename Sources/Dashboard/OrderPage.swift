import PortingModel

/// The context of `orders/<id>/index.html`: everything about one order.
public struct OrderPage: Sendable {
    public let index: SiteIndex
    public let display: Display

    public init(index: SiteIndex, display: Display) {
        self.index = index
        self.display = display
    }

    public func path(_ bundle: OrderBundle) -> String { index.orderPath(bundle.order.id) }

    /// The page's context, and its numbers table as a row set (rendered into `numberRows`).
    public func context(_ bundle: OrderBundle) -> (context: [String: Any], rows: RowSet) {
        let o = bundle.order
        let page = path(bundle)
        let temps = Dictionary(bundle.tempMappings.map { ($0.portedNumber, $0) }, uniquingKeysWith: { a, _ in a })
        var rows = RowSet(kind: "order-number")
        rows.values.reserveCapacity(bundle.numbers.count)
        var reasons: [String: (reason: String, count: Int)] = [:]
        for n in bundle.numbers {
            let code = n.rejectionKey
            if let code { reasons[code, default: (n.rejectionReason ?? "", 0)].count += 1 }
            let temp = temps[n.number]
            rows.values.append(
                [displayNumber(n.number), n.number, n.status] + RowSet.badgeFields(StatusBadge.number(n.status))
                    + [
                        display.date(n.focDate), display.date(n.portedAt), code ?? "", n.rejectionReason ?? "",
                        temp.map { displayNumber($0.tempNumber) } ?? "",
                    ]
                    + (temp.map { RowSet.badgeFields(StatusBadge.temp($0.state)) } ?? ["", "", ""]))
        }
        var context = OrderSummaryRow.fields(bundle, index: index, display: display, from: page)
        context["numberCount"] = bundle.numbers.count
        context["rejections"] = reasons.sorted { $0.key < $1.key }.map { ["code": $0.key, "reason": $0.value.reason, "count": $0.value.count] }
        context["timeline"] = timeline(o)
        context["historyTable"] = bundle.events.isEmpty ? nil : ["rows": bundle.events.map(historyRow)]
        context["notifications"] = bundle.notifications.map { ["email": display.personal($0)] }
        context["tempTable"] = bundle.tempMappings.isEmpty ? nil : ["rows": bundle.tempMappings.map { tempRow($0) }]
        context["accountMasked"] = Display.mask(o.accountNumber)
        context["btn"] = displayNumber(o.btn)
        context["assignTemp"] = o.assignTempNumbers
        context["requestedPortDate"] = display.date(o.requestedPortDate)
        context["address"] = address(o)
        context["carrierSpid"] = o.losingCarrierId.flatMap { index.carriers[$0]?.spid } ?? ""
        context["loaHref"] = "loa.html"
        if let s = bundle.signature {
            context["signature"] = [
                "name": display.name(s.signerName), "title": s.signerTitle ?? "",
                "email": display.personal(s.signerEmail), "acceptedAt": display.dateTime(s.acceptedAt),
                "version": s.loaVersion ?? "",
            ]
        }
        if let parent = o.restartedFrom { context["restartedFrom"] = index.orderLink(parent, from: page) }
        let children = index.restartedBy[o.id] ?? []
        if !children.isEmpty { context["restartedBy"] = children.map { index.orderLink($0, from: page) } }
        return (compacted(context), rows)
    }

    func address(_ o: Order) -> [String] {
        let cityLine = [o.city, [o.region, o.postalCode].compactMap { $0 }.joined(separator: " ")]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        return [o.addressLine1, o.addressLine2, cityLine, o.country].compactMap { $0 }.filter { !$0.isEmpty }.map(display.personal)
    }

    func timeline(_ o: Order) -> [[String: Any]] {
        [("Created", o.createdAt), ("Submitted", o.submittedAt), ("FOC", o.focDate), ("Completed", o.completedAt)].map {
            ["label": $0.0, "date": display.date($0.1), "done": $0.1 != nil]
        }
    }

    func historyRow(_ e: OrderEvent) -> [String: Any] {
        var row: [String: Any] = [
            "at": display.dateTime(e.at), "actor": display.text(e.actor), "note": display.text(e.note),
            "number": displayNumber(e.number),
        ]
        if let from = e.fromStatus { row["from"] = badge(from) }
        if let to = e.toStatus { row["to"] = badge(to) }
        return row
    }

    func badge(_ raw: String) -> [String: Any] {
        OrderStatus(rawValue: raw) == nil && NumberStatus(rawValue: raw) != nil ? StatusBadge.number(raw) : StatusBadge.order(raw)
    }

    func tempRow(_ t: TempMapping) -> [String: Any] {
        [
            "temp": displayNumber(t.tempNumber), "ported": displayNumber(t.portedNumber), "state": StatusBadge.temp(t.state),
            "assigned": display.date(t.assignedAt), "swapped": display.date(t.swappedAt),
        ]
    }
}
