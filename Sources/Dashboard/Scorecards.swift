import PortingModel

/// The carrier scorecards: every losing carrier's figures, accumulated one order at a time as the
/// orders stream. Orders whose carrier is missing or unknown are counted under "Unknown carrier".
public struct Scorecards {
    /// Months shown on a carrier's page, ending with the "as of" month.
    public static let months = 12

    let index: SiteIndex
    let display: Display
    public private(set) var figures: [Int64?: CarrierFigures] = [:]

    public init(index: SiteIndex, display: Display) {
        self.index = index
        self.display = display
        for id in index.carriers.keys { figures[id] = CarrierFigures() }
    }

    /// The month number (`year * 12 + month - 1`) of a stored time, in the display time zone.
    func month(_ text: String?) -> Int? {
        display.localDay(text).map(Self.month(day:))
    }

    static func month(day: Int64) -> Int {
        let civil = Timestamp.civil(day: day)
        return civil.year * 12 + civil.month - 1
    }

    /// The carrier key of an order: its carrier's id, or nil when missing or unknown.
    func key(_ order: Order) -> Int64? {
        order.losingCarrierId.flatMap { index.carriers[$0] == nil ? nil : $0 }
    }

    /// `reasons` are the order's rejection reasons (`Summary.add` returns them).
    public mutating func add(_ bundle: OrderBundle, timing: OrderTiming, reasons: [NumberTally.Reason]) {
        let o = bundle.order
        let key = key(o)
        // Taken out of the dictionary so its lists are not copied on every append.
        var f = figures.removeValue(forKey: key) ?? CarrierFigures()
        f.orders += 1
        f.numbers += bundle.tally.count
        let status = o.knownStatus
        if timing.isCompleted { f.completed += 1 }
        if status?.isTerminal == true { f.finished += 1 }
        let customer = display.name(o.businessName ?? o.ownerName)
        let carrier = index.carrierName(o.losingCarrierId)
        if status?.isOpen == true {
            f.open += 1
            let age = display.businessDaysSince(o.submittedAt ?? o.createdAt)
            f.openOrders.append(
                OrderList.Row(
                    id: o.id, customer: customer, status: o.status, carrier: carrier,
                    date: display.date(o.submittedAt), days: age, sortKey: -(age ?? -1)))
        }
        if timing.wasRejected {
            f.rejected += 1
            for reason in reasons {
                let at = bundle.events.last { $0.toStatus == OrderStatus.exception.rawValue }?.at ?? o.updatedAt
                let row = OrderList.Row(
                    id: o.id, customer: customer, status: o.status, carrier: carrier, date: display.date(at),
                    days: nil, detail: reason.reason, sortKey: -Int(display.localDay(at) ?? 0))
                f.reasons[reason.code, default: CarrierFigures.Reason(text: reason.reason)].orders.append(row)
            }
        }
        if let span = timing.submissionToFoc { f.submissionToFoc.append(display.businessDays(span)) }
        if let span = timing.focToCompletion { f.focToCompletion.append(display.businessDays(span)) }
        if let span = timing.submissionToCompletion { f.submissionToCompletion.append(display.businessDays(span)) }
        addMonths(bundle, timing: timing, to: &f)
        figures[key] = f
    }

    func addMonths(_ bundle: OrderBundle, timing: OrderTiming, to f: inout CarrierFigures) {
        let last = Self.month(day: display.today)
        func inWindow(_ month: Int?) -> Int? {
            guard let month, month <= last, last - month < Self.months else { return nil }
            return month
        }
        if let m = inWindow(month(timing.submittedAt)) { f.months[m, default: .init()].submitted += 1 }
        if timing.isCompleted, let m = inWindow(month(timing.completedAt)) {
            f.months[m, default: .init()].completed += 1
            if let span = timing.submissionToCompletion { f.months[m, default: .init()].submissionToCompletion.append(display.businessDays(span)) }
        }
        let rejectedMonths = Set(bundle.events.filter { $0.toStatus == OrderStatus.exception.rawValue }.compactMap { inWindow(month($0.at)) })
        for m in rejectedMonths { f.months[m, default: .init()].rejected += 1 }
    }

    /// Carrier keys in the order pages list them: by name, then id; "Unknown carrier" last.
    public var keys: [Int64?] {
        let known = figures.keys.compactMap { $0 }.sorted { a, b in
            let x = index.carrierName(a), y = index.carrierName(b)
            return x != y ? x < y : a < b
        }
        return known + (figures[nil] == nil ? [] : [nil])
    }

    /// The folder of a carrier's pages: its id, so a renamed carrier keeps its address.
    public static func folder(_ key: Int64?) -> String {
        "carriers/" + (key.map { String($0) } ?? "unknown")
    }

    public func name(_ key: Int64?) -> String {
        key.map { index.carrierName($0) } ?? "Unknown carrier"
    }
}
