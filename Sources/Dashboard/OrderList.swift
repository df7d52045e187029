import PortingModel

/// A list of orders that grows with the data, published as pages of about 100 through the
/// `order-list` template (`<folder>/index.html`, then `<folder>/pages/...`), cut where the rows say
/// (`ListChunks`). Only the first page says how many orders the list holds, so a change rewrites
/// the page it is on, not the list.
public struct OrderList: Sendable {
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
        /// Numbers on the order, for lists that show them.
        public var numbers: Int?
        /// Rows of one group (a day of the FOC calendar) are shown under one heading.
        public var group: String?
        /// Orders linked in the list's last column (the results list: restarted as).
        public var related: [String] = []

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

    public let folder: String
    public let title: String
    /// What the list holds and how its days are counted, shown under the heading.
    public let note: String
    public let dateLabel: String
    public let daysLabel: String
    /// Where the list belongs: a link back (`{label, path}`).
    public let parent: (label: String, path: String)
    public var rows: [Row] = []
    /// Shows a column with the numbers on each order.
    public var showNumbers = false
    /// The heading of a last column of related orders (`Restarted as`), when the list has one.
    public var relatedLabel: String?
    /// Shows a filter box for the rows of the page (with scripts on).
    public var filterable = false
    /// Whether the table sorts by its columns (not for grouped lists, whose headings would scatter).
    public var sortable = true
    /// The table's id, for the filter box and the browser checks.
    public var tableId = "list-table"

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

    /// The list's first page.
    public var path: String { "\(folder)/index.html" }
    public var count: Int { rows.count }

    /// The first `n` rows shown.
    public func first(_ n: Int) -> [Row] { shownOrder.prefix(n).map { rows[$0] } }

    /// The positions in `rows` of the rows in the order they are shown. Sorted as positions: a row
    /// is a dozen words, and a merge sort moves each many times; a page gathers its own rows.
    var shownOrder: [Int] {
        rows.indices.sorted { a, b in
            rows[a].sortKey != rows[b].sortKey ? rows[a].sortKey < rows[b].sortKey : rows[a].id.bytesPrecede(rows[b].id)
        }
    }
}
