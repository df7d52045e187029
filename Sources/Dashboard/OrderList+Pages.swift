import PortingModel

extension OrderList {
    /// One page of a list: where it goes, what its content is made of (so an unchanged page is
    /// neither rendered nor written), and its context, made only when needed.
    public struct Page: Sendable {
        public let path: String
        public let fingerprint: String
        public let model: @Sendable () -> any TemplateModel
    }

    /// Every page of the list (`ListChunks`), with its fingerprint and its context for the
    /// `order-list` template: the rows it shows, first/previous/next/last links that work without
    /// scripts, and on the first page the list's total and every page's dates (`ListPageIndex`).
    public func pages(index: SiteIndex) -> [Page] {
        let order = shownOrder
        let chunks = ListChunks(folder: folder, ids: order.map { rows[$0].id })
        let root = SitePaths.root(of: path)
        let pageIndex =
            chunks.pages.count < 2
            ? nil
            : ListPageIndex(
                pages: chunks.pages.map { page in
                    ListPageIndex.Entry(
                        href: root + page.path, from: rows[order[page.rows.first!]].date, to: rows[order[page.rows.last!]].date,
                        rows: page.rows.count)
                })
        return Parallel.map(chunks.pages.count) { n in
            let (range, path) = chunks.pages[n]
            let first = n == 0 ? (total: order.count, pageIndex: pageIndex) : nil
            return self.page(path, positions: range.map { order[$0] }, first: first, links: chunks.links(n), index: index)
        }
    }

    /// The page at `path` showing the rows at `positions`, with its fingerprint: everything the page
    /// prints. `first`: on the list's first page, its total and its pages. The rows are hashed where
    /// they lie and copied only for a page that is rendered: every page of every list is hashed on
    /// every build, and a copy of a row retains and releases each of its strings.
    func page(
        _ path: String, positions: [Int], first: (total: Int, pageIndex: ListPageIndex?)?, links: ListLinks?, index: SiteIndex
    ) -> Page {
        var hasher = Fingerprinter()
        for text in [title, note, dateLabel, daysLabel, parent.label, parent.path, relatedLabel, tableId] { hasher.add(text) }
        for flag in [showNumbers, filterable, sortable] { hasher.add(flag) }
        hasher.add(first.map { Int64($0.total) })
        for entry in first?.pageIndex?.pages ?? [] {
            for text in [entry.href, entry.from, entry.to] { hasher.add(text) }
            hasher.add(Int64(entry.rows))
        }
        for link in links?.all ?? [] { hasher.add(link) }
        rows.withUnsafeBufferPointer { rows in
            for position in positions { Self.add(rows[position], to: &hasher, index: index) }
        }
        return Page(path: path, fingerprint: hasher.hex) {
            self.model(path, rows: positions.map { self.rows[$0] }, first: first, links: links, index: index)
        }
    }

    /// Adds what a row prints to a page's fingerprint.
    static func add(_ row: borrowing Row, to hasher: inout Fingerprinter, index: SiteIndex) {
        hasher.add(row.id)
        hasher.add(row.customer)
        hasher.add(row.status)
        hasher.add(row.carrier)
        hasher.add(row.date)
        hasher.add(row.detail)
        hasher.add(row.group)
        hasher.add(row.days.map(Int64.init))
        hasher.add(row.numbers.map(Int64.init))
        hasher.add(index.hasPages(row.id))  // with the id and the page: its link
        for related in row.related {
            hasher.add(related)
            hasher.add(index.hasPages(related))
        }
    }

    /// The model of the page at `path`, which shows `slice`.
    func model(
        _ path: String, rows slice: [Row], first: (total: Int, pageIndex: ListPageIndex?)?, links: ListLinks?, index: SiteIndex
    )
        -> OrderListPage
    {
        let root = SitePaths.root(of: path)
        var previousGroup: String?
        var rows: [OrderListPage.Row] = []
        for row in slice {
            rows.append(
                OrderListPage.Row(
                    order: index.orderLink(row.id, from: path), customer: row.customer, status: StatusBadge.order(row.status),
                    carrier: row.carrier, date: row.date, detail: row.detail, statusRank: OrderStatus(rawValue: row.status)?.rank ?? 99,
                    days: row.days, numbers: row.numbers, groupHeading: row.group != previousGroup ? row.group : nil,
                    related: relatedLabel == nil ? nil : row.related.map { index.orderLink($0, from: path) }))
            previousGroup = row.group
        }
        return OrderListPage(
            title: title, note: note, dateLabel: dateLabel, daysLabel: daysLabel,
            parent: LabelledLink(label: parent.label, href: root + parent.path), total: first?.total, shown: slice.count,
            from: slice.first?.date ?? "", to: slice.last?.date ?? "",
            table: rows.isEmpty
                ? nil
                : OrderListPage.Table(
                    rows: rows, daysLabel: daysLabel, id: tableId, columns: columnCount, showNumbers: showNumbers, relatedLabel: relatedLabel,
                    filterable: filterable, sortable: sortable),
            links: links, pageIndex: first?.pageIndex)
    }

    /// Columns of the table: order, customer, status, carrier, date, days or reason, and the optional ones.
    var columnCount: Int { 6 + (showNumbers ? 1 : 0) + (relatedLabel == nil ? 0 : 1) }
}
