import Dashboard
import PortingModel

/// The pages about how porting is going: carrier scorecards and aging lists.
extension SiteRun {
    /// `carriers/index.html`, each carrier's page and lists, and the carriers export.
    mutating func renderCarriers() throws {
        try page("carriers", scorecards.indexPage(), path: Scorecards.page, section: Scorecards.page)
        for key in scorecards.keys {
            let path = Scorecards.folder(key) + "/index.html"
            let lists = scorecards.lists(key)
            try page("carrier", scorecards.carrierPage(key, lists: lists), path: path, section: Scorecards.page)
            for list in lists { try render(list, section: Scorecards.page) }
        }
        try ExportPair.write(Scorecards.exportName, columns: Scorecards.exportColumns, publisher: publisher) { export in
            for key in scorecards.keys { try export.append(scorecards.exportFields(key)) }
        }
    }

    /// `aging/index.html` and its lists.
    mutating func renderAging() throws {
        try page("aging", aging.headline(from: Aging.page), path: Aging.page, section: Aging.page)
        for list in aging.lists { try render(list, section: Aging.page) }
    }

    /// Every page of a list of orders; a page whose rows and links did not change since the last
    /// build is kept as it is, neither rendered nor written.
    mutating func render(_ list: OrderList, section: String) throws { try render(list.pages(index: index), section: section) }

    /// `render(_:section:)` of a list whose pages are made.
    mutating func render(_ pages: [OrderList.Page], section: String) throws {
        for listPage in pages { try render(listPage, template: "order-list", section: section) }
    }

    /// A page of a paginated list, unless the published one was made from the same rows: made and
    /// written on every core by `listPages`, which `renderAll` holds while it renders lists.
    mutating func render(_ listPage: OrderList.Page, template: String, section: String) throws {
        guard let listPages else { preconditionFailure("list pages are rendered while renderAll holds listPages") }
        var hasher = base
        hasher.add(template)
        hasher.add(listPage.fingerprint)
        let (theme, layout, path, model) = (theme, layout, listPage.path, listPage.model)
        let text: @Sendable () -> String = { theme.render(template, layout.stack(path: path, section: section, model())) }
        if try listPages.add(path: path, fingerprint: hasher.hex, text: text) { pagesRendered += 1 }
    }
}
