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
    /// pages do not: they stay byte-identical until their own data changes. Nor do the temporary
    /// numbers, whose days in use count calendar days to the "as of" date, nor the paginated order
    /// lists (all orders, by status, open, FOC, results, aging and carrier lists), whose rows carry
    /// their own ages: such a page stays byte-identical, and is not written again, until one of its
    /// rows changes. The carrier pages and the aging page count days up to the time, and show it.
    static let datedPages: Set<String> = [SitePaths.index, SitePaths.problems]

    static func isDated(_ path: String) -> Bool {
        if datedPages.contains(path) { return true }
        if path == Aging.page || path == Scorecards.page { return true }
        // A carrier's own page (carriers/<id>/index.html), not its lists below it.
        let parts = path.split(separator: "/")
        return parts.count == 3 && parts[0] == "carriers" && parts[2] == "index.html"
    }

    /// The layout's model for the page at `path`: `root`, `site` and `nav`. Pages render over it,
    /// so a name a page does not have is looked up here.
    func model(path: String, section: String?) -> TemplateValue {
        .model(LayoutModel(layout: self, root: SitePaths.root(of: path), dated: Self.isDated(path), section: section))
    }

    /// The render stack of a page: the layout's model beneath the page's models.
    func stack(path: String, section: String?, _ models: any TemplateModel...) -> [TemplateValue] {
        [model(path: path, section: section)] + models.map { .model($0) }
    }
}

/// What the layout prints on every page: the site's facts, the navigation and the way home.
struct LayoutModel: TemplateModel {
    struct Site: TemplateModel {
        let title: String, provider: String, asOf: String?, asOfISO: String?
        static let templateFields = TemplateFields<Site>([
            "title": { .text($0.title) }, "provider": { .text($0.provider) }, "asOf": { .optional($0.asOf) },
            "asOfISO": { .optional($0.asOfISO) },
        ])
    }

    let layout: Layout
    let root: String
    let dated: Bool
    let section: String?

    static let templateFields = TemplateFields<LayoutModel>([
        "root": { .text($0.root) },
        "site": { m in
            .model(
                Site(
                    title: m.layout.title, provider: m.layout.provider, asOf: m.dated ? m.layout.asOf : nil,
                    asOfISO: m.dated ? m.layout.asOfISO : nil))
        },
        "nav": { m in
            .models(Layout.sections.map { LabelledLink(label: $0.label, href: m.root + $0.path, current: $0.path == m.section) })
        },
    ])
}
