import PortingModel

extension OrderList {
    /// One page of a list: where it goes, what its content is made of (so an unchanged page is
    /// neither rendered nor written), and its context, made only when needed.
    public struct Page: Sendable {
        public let path: String
        public let fingerprint: String
        public let model: @Sendable () -> any TemplateModel
    }

    /// Every page of the list, with its fingerprint and its context for the `order-list` template:
    /// the rows it shows, how many in all, and first/previous/next/last links that work without scripts.
    public func pages(index: SiteIndex) -> [Page] {
        let all = sorted
        return Parallel.map(pageCount) { slot in
            let page = slot + 1
            let path = Pager.path(folder, page: page)
            let slice = all.dropFirst((page - 1) * Self.pageSize).prefix(Self.pageSize)
            var hasher = Fingerprinter()
            for text in [title, note, dateLabel, daysLabel, parent.label, parent.path, relatedLabel, tableId] { hasher.add(text) }
            for flag in [showNumbers, filterable, sortable] { hasher.add(flag) }
            hasher.add(Int64(page))
            hasher.add(Int64(all.count))
            for row in slice {
                for text in [row.id, row.customer, row.status, row.carrier, row.date, row.detail, row.group] { hasher.add(text) }
                hasher.add(row.days.map(Int64.init))
                hasher.add(row.numbers.map(Int64.init))
                hasher.add(index.hasPages(row.id))  // with the id and the page: its link
                for related in row.related {
                    hasher.add(related)
                    hasher.add(index.hasPages(related))
                }
            }
            let rows = Array(slice)
            return Page(path: path, fingerprint: hasher.hex) { self.page(page, rows: rows, total: all.count, index: index) }
        }
    }

    /// The model of page `page`, which shows `slice`.
    func page(_ page: Int, rows slice: [Row], total: Int, index: SiteIndex) -> OrderListPage {
        let path = Pager.path(folder, page: page)
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
            parent: LabelledLink(label: parent.label, href: root + parent.path), total: total, page: page, pageCount: pageCount,
            first: slice.isEmpty ? 0 : (page - 1) * Self.pageSize + 1, last: (page - 1) * Self.pageSize + slice.count,
            table: rows.isEmpty
                ? nil
                : OrderListPage.Table(
                    rows: rows, daysLabel: daysLabel, id: tableId, columns: columnCount, showNumbers: showNumbers, relatedLabel: relatedLabel,
                    filterable: filterable, sortable: sortable),
            pager: Pager(folder: folder, rows: total, pageSize: Self.pageSize).links(page: page))
    }

    /// Columns of the table: order, customer, status, carrier, date, days or reason, and the optional ones.
    var columnCount: Int { 6 + (showNumbers ? 1 : 0) + (relatedLabel == nil ? 0 : 1) }
}
