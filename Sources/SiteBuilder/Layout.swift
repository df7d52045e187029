import Dashboard

/// The parts of every page's context that the layout prints: site facts, navigation, the way home.
struct Layout: Sendable {
    let title: String
    let provider: String
    let asOf: String
    let asOfISO: String

    static let sections: [(label: String, path: String)] = [
        ("Summary", SitePaths.index), ("Carriers", Scorecards.page), ("Aging", Aging.page), ("Temporary numbers", SitePaths.tempNumbers),
        ("Inventory", SitePaths.inventory(page: 1)), ("Data problems", SitePaths.problems),
    ]

    /// Pages whose content depends on the "as of" time, and so show it. Order, LOA and inventory
    /// pages do not: they stay byte-identical until their own data changes.
    static let datedPages: Set<String> = [SitePaths.index, SitePaths.tempNumbers, SitePaths.problems]
    /// Folders whose every page is dated: their figures count days up to the "as of" time.
    static let datedFolders = [
        "carriers/", "aging/", "temp-numbers/", OrderViews.openFolder + "/", OrderViews.focFolder + "/",
        OrderViews.resultsFolder + "/", "orders-by-status/",
    ]

    static func isDated(_ path: String) -> Bool {
        if datedPages.contains(path) || datedFolders.contains(where: { path.hasPrefix($0) }) { return true }
        // The list of all orders (orders/index.html, orders/page-N.html), not the order pages below it.
        return path.hasPrefix(OrderViews.allFolder + "/") && !path.dropFirst(OrderViews.allFolder.count + 1).contains("/")
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
