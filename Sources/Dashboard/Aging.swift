import PortingModel

/// The aging lists (docs/metrics.md): open orders by business days since submission, and the
/// orders past a date they should have met, accumulated one order at a time.
public struct Aging {
    public static let folder = "aging"
    public static let page = "aging/index.html"
    /// Age buckets in business days since submission.
    public static let buckets: [(label: String, slug: String, range: ClosedRange<Int>)] = [
        ("0–2 days", "age-0-2", 0...2), ("3–5 days", "age-3-5", 3...5), ("6–10 days", "age-6-10", 6...10),
        ("11–20 days", "age-11-20", 11...20), ("21+ days", "age-21-plus", 21...Int.max),
    ]
    /// An exception waits for an answer this many business days before it is listed.
    public static let exceptionDays = 3
    /// An LOA waits for a signature this many business days before it is listed.
    public static let signatureDays = 7

    let index: SiteIndex
    let display: Display
    public private(set) var ages: [OrderList]
    public private(set) var pastRequested: OrderList
    public private(set) var focMissed: OrderList
    public private(set) var staleExceptions: OrderList
    public private(set) var unsignedLoas: OrderList

    public init(index: SiteIndex, display: Display) {
        self.index = index
        self.display = display
        let parent = (label: "Aging", path: Self.page)
        let business = "Days are business days (weekdays, less the configured holidays), counted in the display time zone."
        ages = Self.buckets.map { bucket in
            OrderList(
                folder: "\(Self.folder)/\(bucket.slug)", title: "Open orders \(bucket.label) since submission",
                note: "Open orders submitted \(bucket.label) ago, oldest first. \(business)",
                dateLabel: "Submitted", daysLabel: "Days since submission", parent: parent)
        }
        pastRequested = OrderList(
            folder: "\(Self.folder)/past-requested-date", title: "Open orders past their requested port date",
            note: "Open orders whose requested port date is before today, longest overdue first. \(business)",
            dateLabel: "Requested port date", daysLabel: "Days overdue", parent: parent)
        focMissed = OrderList(
            folder: "\(Self.folder)/foc-missed", title: "FOC missed",
            note: "Open orders whose FOC date is before today and that have not completed, longest overdue first. \(business)",
            dateLabel: "FOC date", daysLabel: "Days since FOC date", parent: parent)
        staleExceptions = OrderList(
            folder: "\(Self.folder)/stale-exceptions",
            title: "Exceptions without an answer for more than \(Self.exceptionDays) days",
            note: "Orders in exception whose last rejection is more than \(Self.exceptionDays) days old. \(business)",
            dateLabel: "Rejected", daysLabel: "Days in exception", parent: parent)
        unsignedLoas = OrderList(
            folder: "\(Self.folder)/unsigned-loas", title: "LOAs unsigned for more than \(Self.signatureDays) days",
            note: "Orders awaiting the owner's signature for more than \(Self.signatureDays) days. \(business)",
            dateLabel: "Sent for signature", daysLabel: "Days waiting", parent: parent)
    }

    public mutating func add(_ bundle: OrderBundle, timing: OrderTiming) {
        let o = bundle.order
        guard let status = o.knownStatus, status.isOpen else { return }
        let customer = display.name(o.businessName ?? o.ownerName)
        let carrier = index.carrierName(o.losingCarrierId)
        func row(_ date: String?, _ days: Int) -> OrderList.Row {
            OrderList.Row(id: o.id, customer: customer, status: o.status, carrier: carrier, date: display.date(date), days: days, sortKey: -days)
        }
        if let age = display.businessDaysSince(o.submittedAt),
            let bucket = Self.buckets.firstIndex(where: { $0.range.contains(age) })
        {
            ages[bucket].rows.append(row(o.submittedAt, age))
        }
        if let requested = display.localDay(o.requestedPortDate), requested < display.today {
            pastRequested.rows.append(row(o.requestedPortDate, display.calendar.days(from: requested, to: display.today) ?? 0))
        }
        if let foc = display.localDay(o.focDate), foc < display.today {
            focMissed.rows.append(row(o.focDate, display.calendar.days(from: foc, to: display.today) ?? 0))
        }
        if status == .exception {
            let since = timing.lastExceptionAt ?? o.updatedAt
            if let days = display.businessDaysSince(since), days > Self.exceptionDays { staleExceptions.rows.append(row(since, days)) }
        }
        if status == .awaitingSignature {
            let since = timing.awaitingSignatureSince ?? o.createdAt
            if let days = display.businessDaysSince(since), days > Self.signatureDays { unsignedLoas.rows.append(row(since, days)) }
        }
    }

    /// Every list, in the order the aging page shows them.
    public var lists: [OrderList] { ages + [pastRequested, focMissed, staleExceptions, unsignedLoas] }

    /// The counts with links, for the aging page and the summary's headline, relative to `page`.
    public func headline(from page: String) -> AgingCounts {
        let root = SitePaths.root(of: page)
        func item(_ list: OrderList, _ label: String, tone: StatusBadge.Tone) -> AgingCounts.Item {
            AgingCounts.Item(label: label, count: list.count, href: root + list.path, tone: list.count > 0 ? tone.rawValue : "none")
        }
        return AgingCounts(
            ages: zip(ages, Self.buckets).map { item($0.0, $0.1.label, tone: .wait) },
            ageTotal: ages.reduce(0) { $0 + $1.count },
            late: [
                item(pastRequested, "Past requested port date", tone: .warn),
                item(focMissed, "FOC missed", tone: .bad),
                item(staleExceptions, "Exceptions unanswered > \(Self.exceptionDays) days", tone: .bad),
                item(unsignedLoas, "LOAs unsigned > \(Self.signatureDays) days", tone: .todo),
            ],
            href: root + Self.page)
    }
}
