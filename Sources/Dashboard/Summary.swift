import PortingModel

/// Everything the summary page shows, accumulated one order at a time so no order is held twice.
public struct Summary {
    struct Action {
        var id: String, customer: String, days: Int, detail: String, sortKey: String
    }
    struct Activity: Comparable {
        var at: Int64, atText: String, orderId: String, from: String?, to: String?, note: String, eventId: Int64
        /// What activities are ordered by: the time, then the event's id.
        var order: (Int64, Int64) { (at, eventId) }
        static func < (a: Activity, b: Activity) -> Bool { a.order < b.order }
    }

    let index: SiteIndex
    let display: Display
    var ordersByStatus: [String: Int] = [:]
    var numbersByStatus: [String: Int] = [:]
    var orderCount = 0
    var openCount = 0
    var exceptions: [Action] = []
    var awaitingSignature: [Action] = []
    var focSoon: [Action] = []
    var oldestPending: [Action] = []
    var recent: [Activity] = []
    var submittedPerWeek: [Int: Int] = [:]
    var completedPerWeek: [Int: Int] = [:]
    var completionDays: [Int] = []
    var totalNumbers = 0

    static let recentLimit = 15
    static let oldestLimit = 10
    static let weeks = 12

    public init(index: SiteIndex, display: Display) {
        self.index = index
        self.display = display
    }

    /// Adds one order to every figure. Returns its rejection reasons, which the order lists show too.
    @discardableResult
    public mutating func add(_ bundle: OrderBundle) -> [NumberTally.Reason] {
        let o = bundle.order
        ordersByStatus[o.status, default: 0] += 1
        let tally = bundle.tally
        totalNumbers += tally.count
        for entry in tally.byStatus { numbersByStatus[entry.status, default: 0] += entry.count }
        let customer = display.name(o.businessName ?? o.ownerName)
        let age = display.daysSince(o.submittedAt ?? o.createdAt) ?? 0
        orderCount += 1
        if o.knownStatus?.isOpen == true { openCount += 1 }
        let reasons = tally.reasons
        switch o.knownStatus {
        case .exception?:
            let rejectedAt = bundle.events.last { $0.toStatus == OrderStatus.exception.rawValue }?.at ?? o.updatedAt
            let days = display.daysSince(rejectedAt) ?? 0
            exceptions.append(
                Action(
                    id: o.id, customer: customer, days: days,
                    detail: reasons.map(\.reason).joined(separator: " "), sortKey: Self.key(-days, o.id)))
        case .awaitingSignature?:
            let days = display.daysSince(o.updatedAt ?? o.createdAt) ?? 0
            awaitingSignature.append(Action(id: o.id, customer: customer, days: days, detail: "", sortKey: Self.key(-days, o.id)))
        case .focConfirmed?:
            if let foc = display.localDay(o.focDate), let today = Optional(display.today), foc >= today, foc <= today + 7 {
                focSoon.append(
                    Action(
                        id: o.id, customer: customer, days: Int(foc - today), detail: display.date(o.focDate),
                        sortKey: Self.key(Int(foc - today), o.id)))
            }
        case .inReview?, .submitted?, .suppPending?:
            addOldest(Action(id: o.id, customer: customer, days: age, detail: o.status, sortKey: Self.key(-age, o.id)))
        default: break
        }
        addCharts(o)
        for event in bundle.events { addRecent(event) }
        return reasons
    }

    /// A sort key that orders by a number, then by id.
    static func key(_ number: Int, _ id: String) -> String {
        let shifted = String(number + 1_000_000)
        return String(repeating: "0", count: max(0, 8 - shifted.count)) + shifted + "|" + id
    }

    mutating func addOldest(_ action: Action) {
        oldestPending.append(action)
        if oldestPending.count > Self.oldestLimit * 4 {
            oldestPending.sort { $0.sortKey < $1.sortKey }
            oldestPending.removeLast(oldestPending.count - Self.oldestLimit)
        }
    }

    mutating func addRecent(_ event: OrderEvent) {
        guard let at = event.seconds else { return }
        // Most events are older than the 15 kept: they are turned away before their note is cleaned.
        if recent.count >= Self.recentLimit, let oldest = recent.last, (at, event.id) < oldest.order { return }
        let activity = Activity(
            at: at, atText: event.at, orderId: event.orderId, from: event.fromStatus, to: event.toStatus,
            note: display.text(event.note), eventId: event.id)
        recent.append(activity)
        recent.sort(by: >)
        if recent.count > Self.recentLimit { recent.removeLast() }
    }

    mutating func addCharts(_ o: Order) {
        let thisWeek = Int(display.asOf / 86_400 + 3) / 7  // weeks start on Monday (1970-01-05 was one)
        if let day = Timestamp.day(o.submittedAt) {
            let week = Int(day + 3) / 7
            if thisWeek - week < Self.weeks && week <= thisWeek { submittedPerWeek[week, default: 0] += 1 }
        }
        if let day = Timestamp.day(o.completedAt) {
            let week = Int(day + 3) / 7
            if thisWeek - week < Self.weeks && week <= thisWeek { completedPerWeek[week, default: 0] += 1 }
            if let start = Timestamp.seconds(o.submittedAt), let end = Timestamp.seconds(o.completedAt), end >= start {
                completionDays.append(Int((end - start) / 86_400))
            }
        }
    }
}
