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
    /// the rows it shows, where it sits in the list, the list's total on its first page, and links
    /// to the other pages that work without scripts.
    public func pages(index: SiteIndex) -> [Page] {
        let all = sorted
        switch anchor {
        case .first:
            let pager = Pager(folder: folder, rows: all.count, pageSize: Self.pageSize)
            return Parallel.map(pager.pageCount) { slot in
                let page = slot + 1
                let start = slot * Self.pageSize
                let rows = Array(all[start..<min(all.count, start + Self.pageSize)])
                let place = OrderListPage.Place.numbered(
                    page: page, pageCount: pager.pageCount, first: rows.isEmpty ? 0 : start + 1, last: start + rows.count,
                    pager: pager.links(page: page))
                return self.page(pager.path(page), rows: rows, total: page == 1 ? all.count : nil, place: place, index: index)
            }
        case .last:
            let pager = AnchoredPager(folder: folder, rows: all.count, pageSize: Self.pageSize)
            return Parallel.map(pager.pageCount) { slot in
                let chunk = slot + 1
                let newest = chunk == pager.pageCount
                // The positions count from the oldest row, the last shown.
                let range = pager.range(chunk)
                let rows = Array(all[(all.count - range.upperBound)..<(all.count - range.lowerBound)])
                let links = pager.links(chunk)
                let place = OrderListPage.Place.anchored(newest: newest, links: links.isEmpty ? nil : links)
                return self.page(pager.path(chunk), rows: rows, total: newest ? all.count : nil, place: place, index: index)
            }
        }
    }

    /// The page at `path` showing `rows`, with its fingerprint: everything the page prints.
    func page(_ path: String, rows: [Row], total: Int?, place: OrderListPage.Place, index: SiteIndex) -> Page {
        var hasher = Fingerprinter()
        for text in [title, note, dateLabel, daysLabel, parent.label, parent.path, relatedLabel, tableId] { hasher.add(text) }
        for flag in [showNumbers, filterable, sortable] { hasher.add(flag) }
        hasher.add(total.map(Int64.init))
        switch place {
        case .numbered(let page, let pageCount, let first, _, _):
            for n in [page, pageCount, first] { hasher.add(Int64(n)) }
        case .anchored(let newest, let links):
            hasher.add(newest)
            for link in links?.all ?? [] { hasher.add(link) }
        }
        for row in rows {
            for text in [row.id, row.customer, row.status, row.carrier, row.date, row.detail, row.group] { hasher.add(text) }
            hasher.add(row.days.map(Int64.init))
            hasher.add(row.numbers.map(Int64.init))
            hasher.add(index.hasPages(row.id))  // with the id and the page: its link
            for related in row.related {
                hasher.add(related)
                hasher.add(index.hasPages(related))
            }
        }
        return Page(path: path, fingerprint: hasher.hex) { self.model(path, rows: rows, total: total, place: place, index: index) }
    }

    /// The model of the page at `path`, which shows `slice`.
    func model(_ path: String, rows slice: [Row], total: Int?, place: OrderListPage.Place, index: SiteIndex) -> OrderListPage {
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
            parent: LabelledLink(label: parent.label, href: root + parent.path), total: total, place: place, shown: slice.count,
            from: slice.last?.date ?? "", to: slice.first?.date ?? "",
            table: rows.isEmpty
                ? nil
                : OrderListPage.Table(
                    rows: rows, daysLabel: daysLabel, id: tableId, columns: columnCount, showNumbers: showNumbers, relatedLabel: relatedLabel,
                    filterable: filterable, sortable: sortable))
    }

    /// Columns of the table: order, customer, status, carrier, date, days or reason, and the optional ones.
    var columnCount: Int { 6 + (showNumbers ? 1 : 0) + (relatedLabel == nil ? 0 : 1) }
}
