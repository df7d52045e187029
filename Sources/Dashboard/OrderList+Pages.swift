import PortingModel

extension OrderList {
    /// Every page of the list with its context for the `order-list` template: the rows it shows,
    /// how many in all, and first/previous/next/last links that work without scripts.
    public func pages(index: SiteIndex) -> [(path: String, context: [String: Any])] {
        let all = sorted
        var out: [(path: String, context: [String: Any])] = []
        for page in 1...pageCount {
            let path = Self.path(folder, page: page)
            let root = SitePaths.root(of: path)
            let slice = all.dropFirst((page - 1) * Self.pageSize).prefix(Self.pageSize)
            let rows: [[String: Any]] = slice.map { row in
                var fields: [String: Any] = [
                    "order": index.orderLink(row.id, from: path), "customer": row.customer,
                    "status": StatusBadge.order(row.status), "carrier": row.carrier, "date": row.date, "detail": row.detail,
                ]
                if let days = row.days { fields["days"] = days }
                return fields
            }
            var context: [String: Any] = [
                "title": title, "note": note, "dateLabel": dateLabel, "daysLabel": daysLabel,
                "parent": ["label": parent.label, "href": root + parent.path],
                "total": all.count, "page": page, "pageCount": pageCount,
                "first": slice.isEmpty ? 0 : (page - 1) * Self.pageSize + 1,
                "last": (page - 1) * Self.pageSize + slice.count,
            ]
            if !rows.isEmpty { context["table"] = ["rows": rows, "daysLabel": daysLabel] }
            if pageCount > 1 { context["pager"] = pager(page: page, root: root) }
            out.append((path, context))
        }
        return out
    }

    /// First, previous, next and last links, and the page numbers near the current one.
    func pager(page: Int, root: String) -> [String: Any] {
        var pager: [String: Any] = ["page": page, "pageCount": pageCount]
        if page > 1 {
            pager["firstHref"] = root + Self.path(folder, page: 1)
            pager["prevHref"] = root + Self.path(folder, page: page - 1)
        }
        if page < pageCount {
            pager["nextHref"] = root + Self.path(folder, page: page + 1)
            pager["lastHref"] = root + Self.path(folder, page: pageCount)
        }
        let near = Set((page - 2)...(page + 2)).filter { $0 >= 1 && $0 <= pageCount }
        pager["pages"] = near.sorted().map { n -> [String: Any] in
            ["n": n, "href": root + Self.path(folder, page: n), "current": n == page]
        }
        return pager
    }
}
