import PortingModel

/// The changes page (`changes/index.html`, `page-2.html`, ...): the last 30 days of events, newest
/// first, grouped by day, 100 a page; each with its order, customer, change, number, note and actor.
public struct ChangesLog {
    public static let folder = "changes"
    public static let page = "changes/index.html"
    public static let days = 30
    public static let pageSize = 100

    /// One event, already formatted.
    public struct Entry: Sendable {
        var seconds: Int64
        var eventId: Int64
        var day: Int64
        var at: String
        var orderId: String
        var customer: String
        var from: String?
        var to: String?
        var number: String
        var note: String
        var actor: String
        var kind: String
    }

    let index: SiteIndex
    let display: Display
    public private(set) var entries: [Entry] = []

    public init(index: SiteIndex, display: Display) {
        self.index = index
        self.display = display
    }

    /// What an event is, for the filter: a status change, a number's change, or a note.
    public static func kind(_ event: OrderEvent) -> String {
        if let to = event.toStatus, to != event.fromStatus { return event.number == nil ? "Status change" : "Number status" }
        return event.number == nil ? "Note" : "Number note"
    }

    public mutating func add(_ bundle: OrderBundle) {
        let first = display.today - Int64(Self.days) + 1
        for event in bundle.events {
            guard let seconds = Timestamp.seconds(event.at), let day = display.localDay(event.at), day >= first, day <= display.today else {
                continue
            }
            let o = bundle.order
            entries.append(
                Entry(
                    seconds: seconds, eventId: event.id, day: day, at: display.dateTime(event.at), orderId: o.id,
                    customer: display.name(o.businessName ?? o.ownerName), from: event.fromStatus, to: event.toStatus,
                    number: event.number.map(displayNumber) ?? "", note: display.text(event.note), actor: display.text(event.actor),
                    kind: Self.kind(event)))
        }
    }

    /// Newest first; events at the same time by id, newest first.
    var sorted: [Entry] {
        entries.sorted { $0.seconds != $1.seconds ? $0.seconds > $1.seconds : $0.eventId > $1.eventId }
    }

    /// Every page with its fingerprint and context, like the order lists.
    public func pages() -> [OrderList.Page] {
        let all = sorted
        let pager = Pager(folder: Self.folder, rows: all.count, pageSize: Self.pageSize)
        return (1...pager.pageCount).map { page in
            let path = pager.path(page)
            let slice = Array(all.dropFirst((page - 1) * Self.pageSize).prefix(Self.pageSize))
            var hasher = Fingerprinter()
            hasher.add(Int64(page))
            hasher.add(Int64(all.count))
            for e in slice {
                for text in [e.at, e.orderId, e.customer, e.from, e.to, e.number, e.note, e.actor, e.kind] { hasher.add(text) }
                hasher.add(e.day)
                hasher.add(index.orderHref(e.orderId, from: path))
            }
            return OrderList.Page(path: path, fingerprint: hasher.hex) {
                self.page(page, slice: slice, total: all.count, pager: pager)
            }
        }
    }

    func page(_ page: Int, slice: [Entry], total: Int, pager: Pager) -> ChangesPage {
        let path = pager.path(page)
        var previousDay: Int64?
        let rows = slice.map { e in
            defer { previousDay = e.day }
            return ChangesPage.Row(
                at: e.at, order: index.orderLink(e.orderId, from: path), customer: e.customer, number: e.number, note: e.note,
                actor: e.actor, kind: e.kind, from: e.from.map(StatusBadge.order), to: e.to.map(StatusBadge.order),
                dayHeading: e.day != previousDay ? display.dayHeading(e.day) : nil)
        }
        return ChangesPage(
            days: Self.days, total: total, page: page, pageCount: pager.pageCount,
            first: slice.isEmpty ? 0 : (page - 1) * Self.pageSize + 1, last: (page - 1) * Self.pageSize + slice.count,
            table: RowTable.nonEmpty(rows), pager: pager.links(page: page))
    }
}
