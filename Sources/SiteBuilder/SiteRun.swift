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
    /// What every page depends on besides its own data: portdash, theme and config.
    let base: Fingerprinter
    var orderExportPrint = Fingerprinter()
    var numberExportPrint = Fingerprinter()
    var orderExportsDone = false
    /// Called with (orders done, orders in all) as the build goes.
    var progress: (Int, Int) -> Void = { _, _ in }

    init(snapshot: Snapshot, options: BuildOptions, theme: Theme, publisher: Publisher) throws {
        self.snapshot = snapshot
        self.options = options
        self.theme = theme
        self.publisher = publisher
        let links = try snapshot.restartLinks()
        index = SiteIndex(links: links, carriers: try snapshot.carriers(), users: try snapshot.users())
        let asOfText = try options.config.asOf ?? snapshot.latestActivity()
        display = Display(asOf: Timestamp.seconds(asOfText) ?? 0, timeZone: options.config.timeZone, redact: options.config.redact)
        layout = Layout(title: options.config.title, provider: options.config.provider, asOf: display.asOfText,
                        asOfISO: Timestamp.isoDateTime(seconds: display.asOf))
        validator = Validator(references: References(carrierIds: Set(index.carriers.keys), userIds: Set(index.users.keys),
                                                     orderIds: Set(links.map(\.id))))
        findings += RestartChains.loops(links)
        for carrier in index.carriers.values.sorted(by: { $0.id < $1.id }) { findings += validator.check(carrier) }
        for user in index.users.values.sorted(by: { $0.id < $1.id }) { findings += validator.check(user) }
        var base = Fingerprinter()
        base.add(BuildInputs.version)
        base.add(theme.fingerprint)
        base.add(BuildInputs.configText(options.config))
        self.base = base
        orderExportPrint = base
        numberExportPrint = base
    }

    mutating func page(_ template: String, _ context: [String: Any], path: String, section: String?) throws {
        let html = theme.render(template, layout.wrap(context, path: path, section: section))
        try publisher.write(path, text: html)
        pagesRendered += 1
    }

    mutating func renderAll() throws {
        var summary = Summary(index: index, display: display)
        try renderOrders(into: &summary)
        try renderOrderExports()
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
        let renderer = OrderRenderer(orderPage: OrderPage(index: index, display: display),
                                     loaPage: LoaPage(index: index, display: display, config: options.config),
                                     theme: theme, layout: layout, index: index)
        var batch: [(bundle: OrderBundle, fingerprint: String)] = []
        var duplicates: [Order] = []
        let total = try snapshot.count("orders")
        // With no earlier exports to compare with, write them during this pass rather than a second one.
        let inline = publisher.publishedManifest?.fingerprints[Exports.csvPath("orders")] == nil
        let exports = inline ? (try ExportPair("orders", columns: Exports.orderColumns, publisher: publisher),
                                try ExportPair("order-numbers", columns: Exports.numberColumns, publisher: publisher)) : nil
        defer { if !orderExportsDone { exports?.0.abandon(); exports?.1.abandon() } }
        try snapshot.forEachOrder({ bundle in
            findings += validator.check(bundle)
            summary.add(bundle)
            orders += 1
            if orders % 256 == 0 { progress(orders, total) }
            let fingerprint = pageFingerprint(bundle)
            addExportPrints(bundle)
            if let exports {
                try exports.0.append(Exports.orderFields(bundle, index: index, display: display))
                for number in bundle.numbers { try exports.1.append(Exports.numberFields(number)) }
            }
            let slug = index.slugs[bundle.order.id] ?? OrderSlug.make(bundle.order.id)
            let paths = [SitePaths.order(slug), SitePaths.loa(slug)]
            if paths.allSatisfy({ publisher.canKeep($0, fingerprint: fingerprint) }) {
                for path in paths { _ = publisher.keep(path, fingerprint: fingerprint) }
                return
            }
            batch.append((bundle, fingerprint))
            if batch.count >= OrderRenderer.batchSize {
                try write(renderer.render(batch))
                batch.removeAll(keepingCapacity: true)
            }
        }, duplicate: { duplicates.append($0) })
        try write(renderer.render(batch))
        progress(orders, total)
        if let exports {
            try exports.0.finish(fingerprint: orderExportPrint.hex)
            try exports.1.finish(fingerprint: numberExportPrint.hex)
            orderExportsDone = true
        }
        for order in duplicates {
            findings.append(Finding(.error, table: "orders", key: order.id, column: "id", "appears more than once; the later rows are ignored"))
        }
    }

    /// Everything an order's pages show: its rows, its carrier, the orders linked to it, and `base`.
    func pageFingerprint(_ bundle: OrderBundle) -> String {
        var hasher = base
        bundle.fingerprint(into: &hasher)
        if let carrier = bundle.order.losingCarrierId.flatMap({ index.carriers[$0] }) {
            hasher.add(carrier.name)
            hasher.add(carrier.spid)
        }
        hasher.add("links")
        for child in index.restartedBy[bundle.order.id] ?? [] { hasher.add(child) }
        hasher.add(bundle.order.restartedFrom.map { index.slugs[$0] != nil ? "linked" : "missing" } ?? "none")
        return hasher.hex
    }

    /// What each export shows of an order: the orders export its fields and carrier, the
    /// order-numbers export its numbers.
    mutating func addExportPrints(_ bundle: OrderBundle) {
        let o = bundle.order
        for text in [o.id, o.status, o.subscriberType, o.ownerName, o.businessName, o.btn, o.accountNumber, o.createdAt,
                     o.submittedAt, o.focDate, o.completedAt, o.restartedFrom, index.carrierName(o.losingCarrierId)] {
            orderExportPrint.add(text)
        }
        orderExportPrint.add(Int64(bundle.numbers.count))
        for n in bundle.numbers {
            for text in [n.orderId, n.number, n.status, n.focDate, n.rejectionCode, n.rejectionReason, n.portedAt] { numberExportPrint.add(text) }
        }
    }

    /// The orders and order-numbers exports, each written in a second pass only when its rows changed.
    mutating func renderOrderExports() throws {
        guard !orderExportsDone else { return }
        if try !keepExport("orders", orderExportPrint.hex) {
            let export = try ExportPair("orders", columns: Exports.orderColumns, publisher: publisher)
            do {
                try snapshot.forEachOrderWithCount { order, count in
                    try export.append(Exports.orderFields(order, numbers: count, index: index, display: display))
                }
                try export.finish(fingerprint: orderExportPrint.hex)
            } catch {
                export.abandon()
                throw error
            }
        }
        if try !keepExport("order-numbers", numberExportPrint.hex) {
            let export = try ExportPair("order-numbers", columns: Exports.numberColumns, publisher: publisher)
            do {
                try snapshot.forEachOrderNumber { try export.append(Exports.numberFields($0)) }
                try export.finish(fingerprint: numberExportPrint.hex)
            } catch {
                export.abandon()
                throw error
            }
        }
    }

    /// Keeps an export's CSV and JSON when they were made from rows with this fingerprint.
    func keepExport(_ name: String, _ fingerprint: String) throws -> Bool {
        let paths = [Exports.csvPath(name), Exports.jsonPath(name)]
        guard paths.allSatisfy({ publisher.canKeep($0, fingerprint: fingerprint) }) else { return false }
        for path in paths { _ = publisher.keep(path, fingerprint: fingerprint) }
        return true
    }

    mutating func write(_ pages: [(path: String, html: String, fingerprint: String)]) throws {
        for page in pages {
            try publisher.write(page.path, text: page.html, fingerprint: page.fingerprint)
            pagesRendered += 1
        }
    }

    mutating func renderTempNumbers() throws {
        var temps = TempNumbersPage(index: index, display: display)
        let export = try ExportPair("temp-numbers", columns: Exports.tempColumns, publisher: publisher)
        do {
            try snapshot.forEachTempMappingWithAssignee { mapping, userId in
                let assignee = index.userName(userId)
                temps.add(mapping, assignee: assignee)
                try export.append(Exports.tempFields(mapping, assignee: display.exportName(assignee)))
            }
            try export.finish()
        } catch {
            export.abandon()
            throw error
        }
        try page("temp-numbers", temps.context(), path: SitePaths.tempNumbers, section: SitePaths.tempNumbers)
    }

    mutating func inventoryPage(_ pages: InventoryPages, _ number: Int, _ entries: [InventoryEntry]) throws {
        var hasher = base
        hasher.add(Int64(number))
        hasher.add(Int64(pages.pageCount))
        for (source, t) in pages.totals.bySource.sorted(by: { $0.key < $1.key }) {
            hasher.add(source)
            hasher.add(Int64(t.total))
            hasher.add(Int64(t.assigned))
        }
        for e in entries {
            for text in [e.number, e.source, e.status, e.orderId, e.acquiredAt, index.userName(e.userId)] { hasher.add(text) }
            hasher.add(e.orderId.map { index.slugs[$0] != nil ? "linked" : "missing" } ?? "none")
        }
        let path = SitePaths.inventory(page: number)
        if publisher.canKeep(path, fingerprint: hasher.hex) {
            _ = publisher.keep(path, fingerprint: hasher.hex)
            return
        }
        var (context, rows) = pages.context(page: number, entries: entries)
        context["entryRows"] = rows
        let html = theme.render("inventory", layout.wrap(context, path: path, section: SitePaths.inventory(page: 1)))
        try publisher.write(path, text: html, fingerprint: hasher.hex)
        pagesRendered += 1
    }

    mutating func renderInventory() throws {
        let totals = InventoryPages.Totals(bySource: try snapshot.inventoryTotals())
        let pages = InventoryPages(pageSize: options.config.inventoryPageSize, totals: totals, index: index, display: display)
        var search = InventorySearch(display: display)
        // With no earlier export to compare with, write it in this pass; otherwise only if it changed.
        let inline = publisher.publishedManifest?.fingerprints[Exports.csvPath("inventory")] == nil
        let export = inline ? try ExportPair("inventory", columns: Exports.inventoryColumns, publisher: publisher) : nil
        var exportPrint = base
        var buffer: [InventoryEntry] = []
        var pageNumber = 1
        do {
            try snapshot.forEachInventoryEntry { entry in
                findings += validator.check(entry)
                let assignee = index.userName(entry.userId)
                for text in [entry.number, entry.source, entry.status, entry.orderId, entry.acquiredAt, assignee] { exportPrint.add(text) }
                try export?.append(Exports.inventoryFields(entry, assignee: display.exportName(assignee)))
                if let shard = search.add(entry, page: pageNumber, assignee: assignee) {
                    try publisher.write(shard.path, text: shard.text)
                }
                buffer.append(entry)
                if buffer.count == pages.pageSize {
                    try inventoryPage(pages, pageNumber, buffer)
                    buffer.removeAll(keepingCapacity: true)
                    pageNumber += 1
                }
            }
            try export?.finish(fingerprint: exportPrint.hex)
        } catch {
            export?.abandon()
            throw error
        }
        if !buffer.isEmpty || pageNumber == 1 {
            try inventoryPage(pages, pageNumber, buffer)
        }
        for shard in search.finish() { try publisher.write(shard.path, text: shard.text) }
        if export == nil { try renderInventoryExport(fingerprint: exportPrint.hex) }
    }

    /// The inventory export, in a second pass, only when its rows changed since the last build.
    mutating func renderInventoryExport(fingerprint: String) throws {
        if try keepExport("inventory", fingerprint) { return }
        let export = try ExportPair("inventory", columns: Exports.inventoryColumns, publisher: publisher)
        do {
            try snapshot.forEachInventoryEntry { entry in
                try export.append(Exports.inventoryFields(entry, assignee: display.exportName(index.userName(entry.userId))))
            }
            try export.finish(fingerprint: fingerprint)
        } catch {
            export.abandon()
            throw error
        }
    }
}
