import PortingModel

/// The site's feeds, accumulated one order at a time: `feeds/changes.xml` (the latest 200 events)
/// and `feeds/needs-action.xml` (exceptions, LOAs awaiting signature, FOC dates in the next 7 days,
/// each an entry whose `updated` moves when the order enters that state again).
public struct FeedBuilder {
    public static let changesPath = "feeds/changes.xml"
    public static let needsActionPath = "feeds/needs-action.xml"
    public static let changesLimit = 200

    let index: SiteIndex
    let display: Display
    let baseURL: String
    var latest: [(seconds: Int64, id: Int64, entry: AtomFeed.Entry)] = []
    var needsAction: [AtomFeed.Entry] = []

    public init(index: SiteIndex, display: Display, baseURL: String) {
        self.index = index
        self.display = display
        self.baseURL = baseURL
    }

    public mutating func add(_ bundle: OrderBundle, timing: OrderTiming) {
        let o = bundle.order
        for event in bundle.events {
            guard let seconds = event.seconds else { continue }
            if latest.count >= Self.changesLimit, let last = latest.last, (seconds, event.id) < (last.seconds, last.id) { continue }
            latest.append((seconds, event.id, AtomFeed.entry(event, order: o, baseURL: baseURL, index: index, display: display)))
            latest.sort { ($0.seconds, $0.id) > ($1.seconds, $1.id) }
            if latest.count > Self.changesLimit { latest.removeLast() }
        }
        let customer = display.name(o.businessName ?? o.ownerName)
        func add(_ kind: String, _ label: String, since: String?, detail: String) {
            let updated = Timestamp.seconds(since).map(Timestamp.isoDateTime(seconds:)) ?? "1970-01-01T00:00:00Z"
            needsAction.append(
                AtomFeed.Entry(
                    id: AtomFeed.tag(baseURL, "needs-action/\(kind)/\(o.id)"), title: "\(label): \(o.id) (\(customer))", updated: updated,
                    link: baseURL + index.orderPath(o.id), summary: detail))
        }
        switch o.knownStatus {
        case .exception?:
            let reasons = bundle.tally.reasons.map { "\($0.code): \($0.reason)" }.joined(separator: "; ")
            add(
                "exception", "Exception", since: timing.lastExceptionAt ?? o.updatedAt,
                detail: reasons.isEmpty ? "Rejected by the losing carrier." : reasons)
        case .awaitingSignature?:
            add(
                "awaiting-signature", "LOA awaiting signature", since: timing.awaitingSignatureSince ?? o.createdAt,
                detail: "The LOA has not been signed yet.")
        case .focConfirmed?:
            if let foc = display.localDay(o.focDate), foc >= display.today, foc <= display.today + 7 {
                add(
                    "foc", "FOC \(display.date(o.focDate))", since: timing.focConfirmedAt ?? o.updatedAt,
                    detail: "Port date committed for \(display.date(o.focDate)).")
            }
        default: break
        }
    }

    var fallback: String { Timestamp.isoDateTime(seconds: display.asOf) }

    public func changesFeed() -> String {
        AtomFeed.document(
            id: AtomFeed.tag(baseURL, "changes"), title: "Porting changes", selfLink: baseURL + Self.changesPath,
            siteLink: baseURL + ChangesLog.page, fallback: fallback, entries: latest.map(\.entry))
    }

    public func needsActionFeed() -> String {
        let entries = needsAction.sorted { $0.updated != $1.updated ? $0.updated > $1.updated : $0.id < $1.id }
        return AtomFeed.document(
            id: AtomFeed.tag(baseURL, "needs-action"), title: "Porting orders that need action", selfLink: baseURL + Self.needsActionPath,
            siteLink: baseURL + SitePaths.index, fallback: fallback, entries: entries)
    }

    /// One order's feed: every event of the order, newest first.
    public static func orderFeed(_ bundle: OrderBundle, baseURL: String, index: SiteIndex, display: Display) -> String {
        let o = bundle.order
        let entries = bundle.events.reversed().map { AtomFeed.entry($0, order: o, baseURL: baseURL, index: index, display: display) }
        return AtomFeed.document(
            id: AtomFeed.tag(baseURL, "order/\(o.id)"), title: "Order \(o.id)", selfLink: baseURL + index.feedPath(o.id),
            siteLink: baseURL + index.orderPath(o.id),
            fallback: Timestamp.seconds(o.createdAt).map(Timestamp.isoDateTime(seconds:)) ?? "1970-01-01T00:00:00Z",
            entries: Array(entries))
    }
}
