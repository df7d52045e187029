import Dashboard
import OrderStore
import PortingModel
import Publisher
import Theme

/// One build's pass over a database snapshot, rendering and publishing as it streams.
extension SiteRun {
    /// Records written inventory pages and keeps the others, in page order, and adds their export rows.
    mutating func apply(_ rendered: [InventoryRenderer.Page], export: ExportPair?, print: inout Fingerprinter) throws {
        for page in rendered {
            if let failure = page.failure { throw failure }
            print.add(page.exportPrint)
            try export?.append(page.export)
            if let written = page.written {
                publisher.recordWritten(written, fingerprint: page.fingerprint)
                pagesRendered += 1
            } else {
                _ = publisher.keep(page.path, fingerprint: page.fingerprint)
            }
        }
    }

    /// The inventory pages, their search shards and the inventory export: a stage that reads the
    /// inventory, the users' names and which of the orders its numbers name exist (`orderLinks`).
    mutating func renderInventory() throws {
        let inputs = [try digest("phone_numbers"), try digest("users"), try orderLinks("phone_numbers", missing: nil)]
        try stage("inventory", inputs: inputs) { try $0.buildInventory() }
    }

    mutating func buildInventory() throws {
        let totals = InventoryPages.Totals(bySource: try snapshot.inventoryTotals())
        let pages = InventoryPages(pageSize: options.config.inventoryPageSize, totals: totals, index: index, display: display)
        let side = InventorySide(search: InventorySearch(display: display), validator: checks.validator, index: index)
        let shards = try BackgroundPages(publisher: publisher, base: base, folders: [InventorySearch.folder])
        // With no earlier export to compare with, write it in this pass; otherwise only if it changed.
        let inline = publisher.publishedManifest?.fingerprints[Exports.csvPath("inventory")] == nil
        let export = inline ? try ExportPair("inventory", columns: Exports.inventoryColumns, publisher: publisher) : nil
        var exportPrint = base
        let renderer = InventoryRenderer(
            pages: pages, theme: theme, layout: layout, index: index, base: base,
            canKeep: publisher.keepChecker(), exportRows: export != nil, display: display,
            writer: try publisher.pageWriter(folders: [InventorySearch.folder]))
        var pending: [(number: Int, entries: [InventoryEntry])] = []
        let pipeline = Pipeline<[InventoryRenderer.Page]>()
        defer { pipeline.drain() }
        var buffer: [InventoryEntry] = []
        var pageNumber = 1
        do {
            try snapshot.forEachInventoryEntry { entry in
                buffer.append(entry)
                if buffer.count == pages.pageSize {
                    side.add(buffer, page: pageNumber)
                    pending.append((pageNumber, buffer))
                    buffer.removeAll(keepingCapacity: true)
                    pageNumber += 1
                    if pending.count == InventoryRenderer.batchPages {
                        let work = pending
                        pending.removeAll()
                        if let done = pipeline.submit({ renderer.run(work) }) { try apply(done, export: export, print: &exportPrint) }
                        for shard in side.take() { try shards.add(shard) }
                    }
                }
            }
            while let done = pipeline.collect() { try apply(done, export: export, print: &exportPrint) }
            side.add(buffer, page: pageNumber)
            if !buffer.isEmpty || pageNumber == 1 { pending.append((pageNumber, buffer)) }
            try apply(renderer.run(pending), export: export, print: &exportPrint)
            try export?.finish(fingerprint: exportPrint.hex)
        } catch {
            export?.abandon()
            throw error
        }
        for shard in side.finish() { try shards.add(shard) }
        checks.add(side.findings)
        try shards.finish()
        if export == nil { try renderInventoryExport(fingerprint: exportPrint.hex) }
    }
}
