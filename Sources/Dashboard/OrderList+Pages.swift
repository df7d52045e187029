import PortingModel

extension OrderList {
    /// One page of a list: where it goes, what its content is made of (so an unchanged page is
    /// neither rendered nor written), and its context, made only when needed.
    public struct Page {
        public let path: String
        public let fingerprint: String
        public let context: () -> [String: Any]
    }

    /// Every page of the list, with its fingerprint and its context for the `order-list` template:
    /// the rows it shows, how many in all, and first/previous/next/last links that work without scripts.
    public func pages(index: SiteIndex) -> [Page] {
        let all = sorted
        return (1...pageCount).map { page in
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
                hasher.add(index.orderHref(row.id, from: path))
                for related in row.related { hasher.add(index.orderHref(related, from: path) ?? related) }
            }
            return Page(path: path, fingerprint: hasher.hex) { self.context(page: page, rows: Array(slice), total: all.count, index: index) }
        }
    }

    /// The context of page `page`, which shows `slice`.
    func context(page: Int, rows slice: [Row], total: Int, index: SiteIndex) -> [String: Any] {
        var out: [[String: Any]] = []
        let path = Pager.path(folder, page: page)
        let root = SitePaths.root(of: path)
        var previousGroup: String?
        for row in slice {
            var fields: [String: Any] = [
                "order": index.orderLink(row.id, from: path), "customer": row.customer,
                "status": StatusBadge.order(row.status), "carrier": row.carrier, "date": row.date, "detail": row.detail,
                "statusRank": OrderStatus(rawValue: row.status)?.rank ?? 99,
            ]
            if let days = row.days { fields["days"] = days }
            if let numbers = row.numbers { fields["numbers"] = numbers }
            if let group = row.group, group != previousGroup { fields["groupHeading"] = group }
            previousGroup = row.group
            if relatedLabel != nil { fields["related"] = row.related.map { index.orderLink($0, from: path) } }
            out.append(fields)
        }
        var context: [String: Any] = [
            "title": title, "note": note, "dateLabel": dateLabel, "daysLabel": daysLabel,
            "parent": ["label": parent.label, "href": root + parent.path],
            "total": total, "page": page, "pageCount": pageCount,
            "first": slice.isEmpty ? 0 : (page - 1) * Self.pageSize + 1,
            "last": (page - 1) * Self.pageSize + slice.count,
        ]
        if !out.isEmpty {
            var table: [String: Any] = ["rows": out, "daysLabel": daysLabel, "id": tableId, "columns": columnCount]
            if showNumbers { table["showNumbers"] = true }
            if let relatedLabel { table["relatedLabel"] = relatedLabel }
            if filterable { table["filterable"] = true }
            if sortable { table["sortable"] = true }
            context["table"] = table
        }
        if let pager = Pager(folder: folder, rows: total, pageSize: Self.pageSize).context(page: page) { context["pager"] = pager }
        return context
    }

    /// Columns of the table: order, customer, status, carrier, date, days or reason, and the optional ones.
    var columnCount: Int { 6 + (showNumbers ? 1 : 0) + (relatedLabel == nil ? 0 : 1) }
}
