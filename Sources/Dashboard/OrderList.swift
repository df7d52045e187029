import PortingModel

/// A list of orders that grows with the data, published as numbered pages
/// (`<folder>/index.html`, `<folder>/page-2.html`, ...) through the `order-list` template.
public struct OrderList {
    /// One order in a list, already formatted.
    public struct Row: Sendable {
        public var id: String
        public var customer: String
        public var status: String
        public var carrier: String
        /// The date the list is about (submitted, FOC, requested port date...).
        public var date: String
        public var days: Int?
        public var detail: String
        /// Rows are shown in this order, then by id.
        public var sortKey: Int

        public init(
            id: String, customer: String, status: String, carrier: String, date: String, days: Int?,
            detail: String = "", sortKey: Int
        ) {
            self.id = id
            self.customer = customer
            self.status = status
            self.carrier = carrier
            self.date = date
            self.days = days
            self.detail = detail
            self.sortKey = sortKey
        }
    }

    public static let pageSize = 100

    public let folder: String
    public let title: String
    /// What the list holds and how its days are counted, shown under the heading.
    public let note: String
    public let dateLabel: String
    public let daysLabel: String
    /// Where the list belongs: a link back (`{label, path}`).
    public let parent: (label: String, path: String)
    public var rows: [Row] = []

    public init(
        folder: String, title: String, note: String, dateLabel: String, daysLabel: String,
        parent: (label: String, path: String)
    ) {
        self.folder = folder
        self.title = title
        self.note = note
        self.dateLabel = dateLabel
        self.daysLabel = daysLabel
        self.parent = parent
    }

    /// Page `n` (1-based) of the list in `folder`.
    public static func path(_ folder: String, page: Int) -> String {
        page == 1 ? "\(folder)/index.html" : "\(folder)/page-\(page).html"
    }

    public var path: String { Self.path(folder, page: 1) }
    public var count: Int { rows.count }
    public var pageCount: Int { max(1, (rows.count + Self.pageSize - 1) / Self.pageSize) }

    /// The rows in the order they are shown.
    public var sorted: [Row] {
        rows.sorted { $0.sortKey != $1.sortKey ? $0.sortKey < $1.sortKey : $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    }
}
