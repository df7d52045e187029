import Dashboard

/// The parts of every page's context that the layout prints: site facts, navigation, the way home.
struct Layout: Sendable {
    let title: String
    let provider: String
    let asOf: String
    let asOfISO: String

    static let sections: [(label: String, path: String)] = [
        ("Summary", SitePaths.index), ("Carriers", Scorecards.page), ("Aging", Aging.page), ("Changes", ChangesLog.page),
        ("Temporary numbers", SitePaths.tempNumbers),
        ("Inventory", SitePaths.inventory(page: 1)), ("Data problems", SitePaths.problems),
    ]

    /// Pages whose content depends on the "as of" time, and so show it. Order, LOA and inventory
    /// pages do not: they stay byte-identical until their own data changes.
    static let datedPages: Set<String> = [SitePaths.index, SitePaths.tempNumbers, SitePaths.problems]
    /// Pages of folders that show the "as of" time: the carrier pages and the aging page, whose
    /// figures count days up to it, and the temporary numbers. The paginated order lists (all orders,
    /// by status, open, FOC, results, aging and carrier lists) do not: their rows carry their own
    /// ages, so a list page stays byte-identical, and is not rendered again, until one of its rows changes.
    static let datedFolders = ["temp-numbers/"]

    static func isDated(_ path: String) -> Bool {
        if datedPages.contains(path) || datedFolders.contains(where: { path.hasPrefix($0) }) { return true }
        if path == Aging.page || path == Scorecards.page { return true }
        // A carrier's own page (carriers/<id>/index.html), not its lists below it.
        let parts = path.split(separator: "/")
        return parts.count == 3 && parts[0] == "carriers" && parts[2] == "index.html"
    }

    /// `context` with `root`, `site` and `nav` added for the page at `path`.
    func wrap(_ context: [String: Any], path: String, section: String?) -> [String: Any] {
        let root = SitePaths.root(of: path)
        var out = context
        out["root"] = root
        var site: [String: Any] = ["title": title, "provider": provider]
        if Self.isDated(path) {
            site["asOf"] = asOf
            site["asOfISO"] = asOfISO
        }
        out["site"] = site
        out["nav"] = Self.sections.map { item -> [String: Any] in
            ["label": item.label, "href": root + item.path, "current": item.path == section]
        }
        return out
    }
}
