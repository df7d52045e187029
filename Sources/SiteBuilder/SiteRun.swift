import Dashboard
import OrderStore
import PortingModel
import Publisher
import Theme

/// One build's pass over a database snapshot, rendering and publishing as it streams.
struct SiteRun {
    let snapshot: Snapshot
    let options: BuildOptions
    let theme: Theme
    let publisher: Publisher
    let index: SiteIndex
    let display: Display
    let layout: Layout
    let validator: Validator
    var findings: [Finding] = []
    var pagesRendered = 0
    var orders = 0

    init(snapshot: Snapshot, options: BuildOptions, theme: Theme, publisher: Publisher) throws {
        self.snapshot = snapshot
        self.options = options
        self.theme = theme
        self.publisher = publisher
        let links = try snapshot.restartLinks()
        index = SiteIndex(links: links, carriers: try snapshot.carriers(), users: try snapshot.users())
        let asOfText = try options.config.asOf ?? snapshot.latestActivity()
        display = Display(asOf: Timestamp.seconds(asOfText) ?? 0, timeZone: options.config.timeZone, redact: options.config.redact)
        layout = Layout(title: options.config.title, provider: options.config.provider, asOf: display.asOfText)
        validator = Validator(references: References(carrierIds: Set(index.carriers.keys), userIds: Set(index.users.keys),
                                                     orderIds: Set(links.map(\.id))))
        findings += RestartChains.loops(links)
    }

    mutating func page(_ template: String, _ context: [String: Any], path: String, section: String?) throws {
        let html = theme.render(template, layout.wrap(context, path: path, section: section))
        try publisher.write(path, text: html)
        pagesRendered += 1
    }

    mutating func renderAll() throws {
        var summary = Summary(index: index, display: display)
        try renderOrders(into: &summary)
        findings += try snapshot.duplicateOpenNumbers()
        findings += try snapshot.tempNumbersPortedElsewhere()
        findings += try snapshot.orphans()
        try renderTempNumbers()
        try renderInventory()
        var context = summary.context()
        let errors = findings.filter { $0.severity == .error }.count
        if !findings.isEmpty { context["problems"] = ["errors": errors, "warnings": findings.count - errors, "href": SitePaths.problems] }
        try page("index", context, path: SitePaths.index, section: SitePaths.index)
        try page("problems", ProblemsPage.context(findings), path: SitePaths.problems, section: SitePaths.problems)
        for asset in theme.assets {
            try publisher.write("assets/\(asset.path)", asset.bytes)
        }
    }

    mutating func renderOrders(into summary: inout Summary) throws {
        let orderPage = OrderPage(index: index, display: display)
        let loaPage = LoaPage(index: index, display: display, config: options.config)
        let orderExport = try ExportPair("orders", columns: Exports.orderColumns, publisher: publisher)
        let numberExport = try ExportPair("order-numbers", columns: Exports.numberColumns, publisher: publisher)
        do {
            var duplicates: [Order] = []
            try snapshot.forEachOrder({ bundle in
                findings += validator.check(bundle)
                summary.add(bundle)
                orders += 1
                let slug = index.slugs[bundle.order.id] ?? OrderSlug.make(bundle.order.id)
                try page("order", orderPage.context(bundle), path: SitePaths.order(slug), section: nil)
                try page("loa", loaPage.context(bundle), path: SitePaths.loa(slug), section: nil)
                try orderExport.append(Exports.orderFields(bundle, index: index, display: display))
                for number in bundle.numbers { try numberExport.append(Exports.numberFields(number)) }
            }, duplicate: { duplicates.append($0) })
            for order in duplicates {
                findings.append(Finding(.error, table: "orders", key: order.id, column: "id", "appears more than once; the later rows are ignored"))
            }
            try orderExport.finish()
            try numberExport.finish()
        } catch {
            orderExport.abandon()
            numberExport.abandon()
            throw error
        }
    }

    mutating func renderTempNumbers() throws {
        var temps = TempNumbersPage(index: index, display: display)
        let export = try ExportPair("temp-numbers", columns: Exports.tempColumns, publisher: publisher)
        do {
            try snapshot.forEachTempMappingWithAssignee { mapping, userId in
                let assignee = index.userName(userId)
                temps.add(mapping, assignee: assignee)
                try export.append(Exports.tempFields(mapping, assignee: assignee.map(display.name)))
            }
            try export.finish()
        } catch {
            export.abandon()
            throw error
        }
        try page("temp-numbers", temps.context(), path: SitePaths.tempNumbers, section: SitePaths.tempNumbers)
    }

    mutating func renderInventory() throws {
        let totals = InventoryPages.Totals(bySource: try snapshot.inventoryTotals())
        let pages = InventoryPages(pageSize: options.config.inventoryPageSize, totals: totals, index: index, display: display)
        var search = InventorySearch(display: display)
        let export = try ExportPair("inventory", columns: Exports.inventoryColumns, publisher: publisher)
        var buffer: [InventoryEntry] = []
        var pageNumber = 1
        do {
            try snapshot.forEachInventoryEntry { entry in
                findings += validator.check(entry)
                let assignee = index.userName(entry.userId)
                try export.append(Exports.inventoryFields(entry, assignee: assignee.map(display.name)))
                if let shard = search.add(entry, page: pageNumber, assignee: assignee) {
                    try publisher.write(shard.path, text: shard.text)
                }
                buffer.append(entry)
                if buffer.count == pages.pageSize {
                    try page("inventory", pages.context(page: pageNumber, entries: buffer), path: SitePaths.inventory(page: pageNumber), section: SitePaths.inventory(page: 1))
                    buffer.removeAll(keepingCapacity: true)
                    pageNumber += 1
                }
            }
            try export.finish()
        } catch {
            export.abandon()
            throw error
        }
        if !buffer.isEmpty || pageNumber == 1 {
            try page("inventory", pages.context(page: pageNumber, entries: buffer), path: SitePaths.inventory(page: pageNumber), section: SitePaths.inventory(page: 1))
        }
        for shard in search.finish() { try publisher.write(shard.path, text: shard.text) }
    }
}
