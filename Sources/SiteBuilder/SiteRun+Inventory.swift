import Dashboard
import OrderStore
import PortingModel
import Publisher
import Theme

/// One build's pass over a database snapshot, rendering and publishing as it streams.
extension SiteRun {
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
                if let shard = search.add(entry, page: pageNumber, assignee: assignee) { try publish(shard) }
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
        for shard in search.finish() { try publish(shard) }
        if export == nil { try renderInventoryExport(fingerprint: exportPrint.hex) }
    }

    /// Writes a search shard, or keeps it when what it lists has not changed.
    func publish(_ shard: InventorySearch.Shard) throws {
        var hasher = base
        hasher.add(shard.fingerprint)
        if publisher.canKeep(shard.path, fingerprint: hasher.hex) {
            _ = publisher.keep(shard.path, fingerprint: hasher.hex)
        } else {
            try publisher.write(shard.path, text: shard.text(), fingerprint: hasher.hex)
        }
    }
}
