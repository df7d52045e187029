import PortingModel

/// The context of `orders/<id>.html`: everything about one order.
public struct OrderPage: Sendable {
    public let index: SiteIndex
    public let display: Display

    public init(index: SiteIndex, display: Display) {
        self.index = index
        self.display = display
    }

    public func path(_ bundle: OrderBundle) -> String { index.orderPath(bundle.order.id) }

    /// The page's model: what every order line shows, and the page's own parts.
    public func model(_ bundle: OrderBundle, feedHref: String? = nil) -> OrderPageModel {
        let o = bundle.order
        let page = path(bundle)
        let temps = Dictionary(bundle.tempMappings.map { ($0.portedNumber, $0) }, uniquingKeysWith: { a, _ in a })
        var rows = RowSet(kind: "order-number")
        rows.values.reserveCapacity(bundle.numbers.count)
        var reasons: [String: (reason: String, count: Int)] = [:]
        // An order's numbers mostly share their dates: each is formatted once.
        var dates: [String: String] = [:]
        func date(_ text: String?) -> String {
            guard let text else { return "" }
            if let known = dates[text] { return known }
            let shown = display.date(text)
            dates[text] = shown
            return shown
        }
        // Neighbouring numbers mostly share a status: its badge is made once per run.
        var badge = StatusBadge.number("")
        for n in bundle.numbers {
            let code = n.rejectionKey
            if let code { reasons[code, default: (n.rejectionReason ?? "", 0)].count += 1 }
            let temp = temps[n.number]
            if n.status != badge.code { badge = StatusBadge.number(n.status) }
            var row: [String] = []
            row.reserveCapacity(14)
            row.append(displayNumber(n.number))
            row.append(n.number)
            row.append(n.status)
            row.append(badge.label)
            row.append(badge.tone.rawValue)
            row.append(badge.symbol)
            row.append(date(n.focDate))
            row.append(date(n.portedAt))
            row.append(code ?? "")
            row.append(n.rejectionReason ?? "")
            row.append(temp.map { displayNumber($0.tempNumber) } ?? "")
            if let temp {
                let tempBadge = StatusBadge.temp(temp.state)
                row += [tempBadge.label, tempBadge.tone.rawValue, tempBadge.symbol]
            } else {
                row += ["", "", ""]
            }
            rows.values.append(row)
        }
        let children = index.restartedBy[o.id] ?? []
        return OrderPageModel(
            summary: OrderSummaryRow(bundle, index: index, display: display, from: page),
            numberRows: rows,
            rejections: reasons.sorted { $0.key < $1.key }.map {
                OrderPageModel.Rejection(code: $0.key, reason: $0.value.reason, count: $0.value.count)
            },
            timeline: timeline(o),
            history: bundle.events.map(historyRow),
            notifications: bundle.notifications.map { display.personal($0) },
            temps: bundle.tempMappings.map(tempRow),
            accountMasked: Display.mask(o.accountNumber), btn: displayNumber(o.btn), assignTemp: o.assignTempNumbers,
            requestedPortDate: display.date(o.requestedPortDate), address: address(o),
            carrierSpid: o.losingCarrierId.flatMap { index.carriers[$0]?.spid } ?? "",
            signature: bundle.signature.map {
                OrderPageModel.Signature(
                    name: display.name($0.signerName), title: $0.signerTitle ?? "", email: display.personal($0.signerEmail),
                    acceptedAt: display.dateTime($0.acceptedAt), version: $0.loaVersion)
            },
            restartedFrom: o.restartedFrom.map { index.orderLink($0, from: page) },
            restartedBy: children.map { index.orderLink($0, from: page) },
            loaHref: SitePaths.root(of: page) + index.loaPath(o.id), feedHref: feedHref)
    }

    func address(_ o: Order) -> [String] {
        let cityLine = [o.city, [o.region, o.postalCode].compactMap { $0 }.joined(separator: " ")]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        return [o.addressLine1, o.addressLine2, cityLine, o.country].compactMap { $0 }.filter { !$0.isEmpty }.map(display.personal)
    }

    func timeline(_ o: Order) -> [OrderPageModel.Step] {
        [("Created", o.createdAt), ("Submitted", o.submittedAt), ("FOC", o.focDate), ("Completed", o.completedAt)].map {
            OrderPageModel.Step(label: $0.0, date: display.date($0.1), done: $0.1 != nil)
        }
    }

    func historyRow(_ e: OrderEvent) -> OrderPageModel.Event {
        OrderPageModel.Event(
            at: display.dateTime(e.at), actor: display.text(e.actor), note: display.text(e.note), number: displayNumber(e.number),
            from: e.fromStatus.map(StatusBadge.event), to: e.toStatus.map(StatusBadge.event))
    }

    func tempRow(_ t: TempMapping) -> OrderPageModel.Temp {
        OrderPageModel.Temp(
            temp: displayNumber(t.tempNumber), ported: displayNumber(t.portedNumber), state: StatusBadge.temp(t.state),
            assigned: display.date(t.assignedAt), swapped: display.date(t.swappedAt))
    }
}
