import PortingModel

extension OrderList {
    /// Every page of the list with its context for the `order-list` template: the rows it shows,
    /// how many in all, and first/previous/next/last links that work without scripts.
    public func pages(index: SiteIndex) -> [(path: String, context: [String: Any])] {
        let all = sorted
        var out: [(path: String, context: [String: Any])] = []
        for page in 1...pageCount {
            let path = Pager.path(folder, page: page)
            let root = SitePaths.root(of: path)
            let slice = all.dropFirst((page - 1) * Self.pageSize).prefix(Self.pageSize)
            var previousGroup: String?
            let rows: [[String: Any]] = slice.map { row in
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
                return fields
            }
            var context: [String: Any] = [
                "title": title, "note": note, "dateLabel": dateLabel, "daysLabel": daysLabel,
                "parent": ["label": parent.label, "href": root + parent.path],
                "total": all.count, "page": page, "pageCount": pageCount,
                "first": slice.isEmpty ? 0 : (page - 1) * Self.pageSize + 1,
                "last": (page - 1) * Self.pageSize + slice.count,
            ]
            if !rows.isEmpty {
                var table: [String: Any] = ["rows": rows, "daysLabel": daysLabel, "id": tableId, "columns": columnCount]
                if showNumbers { table["showNumbers"] = true }
                if let relatedLabel { table["relatedLabel"] = relatedLabel }
                if filterable { table["filterable"] = true }
                if sortable { table["sortable"] = true }
                context["table"] = table
            }
            if let pager = Pager(folder: folder, rows: all.count, pageSize: Self.pageSize).context(page: page) { context["pager"] = pager }
            out.append((path, context))
        }
        return out
    }

    /// Columns of the table: order, customer, status, carrier, date, days or reason, and the optional ones.
    var columnCount: Int { 6 + (showNumbers ? 1 : 0) + (relatedLabel == nil ? 0 : 1) }
}
