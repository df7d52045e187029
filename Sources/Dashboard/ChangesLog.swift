import PortingModel

/// The changes page (`changes/index.html`, `page-2.html`, ...): the last 30 days of events, newest
/// first, grouped by day, 100 a page; each with its order, customer, change, number, note and actor.
public struct ChangesLog: Sendable {
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
        let today = display.today
        let first = today - Int64(Self.days) + 1
        for event in bundle.events {
            // Each time is read once: most events are older than the window, and every build reads them all.
            guard let seconds = event.seconds, let day = display.localDay(event.at, seconds: seconds), day >= first,
                day <= today
            else { continue }
            let o = bundle.order
            entries.append(
                Entry(
                    seconds: seconds, eventId: event.id, day: day, at: display.dateTime(event.at, seconds: seconds), orderId: o.id,
                    customer: display.name(o.businessName ?? o.ownerName), from: event.fromStatus, to: event.toStatus,
                    number: event.number.map(displayNumber) ?? "", note: display.text(event.note), actor: display.text(event.actor),
                    kind: Self.kind(event)))
        }
    }

    /// The positions in `entries` of the entries oldest first; events at the same time by id. Sorted
    /// as positions: an entry is a dozen words, and a merge sort moves each many times; a page
    /// gathers its own entries.
    var oldestFirst: [Int] {
        entries.indices.sorted { a, b in
            entries[a].seconds != entries[b].seconds ? entries[a].seconds < entries[b].seconds : entries[a].eventId < entries[b].eventId
        }
    }

    /// Every page with its fingerprint and model, like the order lists.
    ///
    /// Pages are anchored at the oldest change of the window, not the newest (`AnchoredPager`), so
    /// a new change rewrites one page, not all of them; all of them move when the window moves a day.
    public func pages() -> [OrderList.Page] {
        let oldestFirst = self.oldestFirst
        let pager = AnchoredPager(folder: Self.folder, rows: oldestFirst.count, pageSize: Self.pageSize)
        // The pages' fingerprints cover every change in the window: made on every core.
        return Parallel.map(pager.pageCount) { slot in
            let chunk = slot + 1
            let newest = chunk == pager.pageCount
            let slice = pager.range(chunk).reversed().map { entries[oldestFirst[$0]] }
            let links = pager.links(chunk)
            let here = pager.path(chunk)
            var hasher = Fingerprinter()
            hasher.add(newest ? "newest \(oldestFirst.count)" : "older")
            for link in links.all { hasher.add(link) }
            for e in slice {
                for text in [e.at, e.orderId, e.customer, e.from, e.to, e.number, e.note, e.actor, e.kind] { hasher.add(text) }
                hasher.add(e.day)
                hasher.add(index.hasPages(e.orderId))  // with the id and the page: its link
            }
            return OrderList.Page(path: here, fingerprint: hasher.hex) {
                self.page(slice, path: here, newest: newest, total: oldestFirst.count, links: links)
            }
        }
    }

    func page(_ slice: [Entry], path: String, newest: Bool, total: Int, links: NewerOlderLinks) -> ChangesPage {
        var previousDay: Int64?
        let rows = slice.map { e in
            defer { previousDay = e.day }
            return ChangesPage.Row(
                at: e.at, order: index.orderLink(e.orderId, from: path), customer: e.customer, number: e.number, note: e.note,
                actor: e.actor, kind: e.kind, from: e.from.map(StatusBadge.order), to: e.to.map(StatusBadge.order),
                dayHeading: e.day != previousDay ? display.dayHeading(e.day) : nil)
        }
        return ChangesPage(
            days: Self.days, newest: newest, total: total, shown: slice.count, from: slice.last?.at ?? "", to: slice.first?.at ?? "",
            table: RowTable.nonEmpty(rows), links: links.isEmpty ? nil : links)
    }
}
