import Dashboard
import OrderStore
import PortingModel
import Publisher
import Theme

extension SiteRun {
    /// Streams every order: the per-order work (checks, fingerprints, export lines, pages) runs in
    /// the background on every core while the next batch is read; results are applied in order.
    mutating func renderOrders(into summary: inout Summary) throws {
        let total = try snapshot.count("orders")
        // With no earlier exports to compare with, write them during this pass rather than a second one.
        let inline = publisher.publishedManifest?.fingerprints[Exports.csvPath("orders")] == nil
        let exports =
            inline
            ? (
                try ExportPair("orders", columns: Exports.orderColumns, publisher: publisher),
                try ExportPair("order-numbers", columns: Exports.numberColumns, publisher: publisher)
            ) : nil
        defer { if !orderExportsDone { exports?.0.abandon(); exports?.1.abandon() } }
        let renderer = OrderRenderer(
            orderPage: OrderPage(index: index, display: display),
            loaPage: LoaPage(index: index, display: display, config: options.config),
            theme: theme, layout: layout, index: index, display: display, checks: checks,
            base: base, exportsInline: inline, baseURL: options.config.baseURL, canKeep: publisher.keepChecker())
        let pipeline = Pipeline<[OrderRenderer.Work]>()
        defer { _ = pipeline.collect() }  // never leave a job running past an error
        var batch: [OrderBundle] = []
        var duplicates: [Order] = []
        func apply(_ work: [OrderRenderer.Work]?) throws {
            for item in work ?? [] {
                checks.add(item.findings)
                let reasons = summary.add(item.bundle)
                views.add(item.bundle, reasons: reasons)
                siteSearch.add(item.bundle.order)
                changes.add(item.bundle)
                let timing = item.timing ?? OrderTiming(item.bundle)
                scorecards.add(item.bundle, timing: timing, reasons: reasons)
                aging.add(item.bundle, timing: timing)
                feeds?.add(item.bundle, timing: timing)
                orders += 1
                if orders % 256 == 0 { progress(orders, total) }
                orderExportPrint.add(item.orderPrint)
                numberExportPrint.add(item.numberPrint)
                if let exports, let row = item.orderRow {
                    try exports.0.append(csv: row.csv, json: row.json)
                    for number in item.numberRows { try exports.1.append(csv: number.csv, json: number.json) }
                }
                if item.pages.isEmpty {
                    for path in item.paths { _ = publisher.keep(path, fingerprint: item.fingerprint) }
                }
                for page in item.pages {
                    try publisher.write(page.path, text: page.html, fingerprint: item.fingerprint)
                    pagesRendered += 1
                }
            }
        }
        try snapshot.forEachOrder(
            { bundle in
                batch.append(bundle)
                if batch.count >= OrderRenderer.batchSize {
                    let done = pipeline.collect()
                    let work = batch
                    pipeline.submit { renderer.run(work) }
                    try apply(done)
                    batch.removeAll(keepingCapacity: true)
                }
            }, duplicate: { duplicates.append($0) })
        try apply(pipeline.collect())
        try apply(renderer.run(batch))
        progress(orders, total)
        if let exports {
            try exports.0.finish(fingerprint: orderExportPrint.hex)
            try exports.1.finish(fingerprint: numberExportPrint.hex)
            orderExportsDone = true
        }
        for order in duplicates { checks.addDuplicate(order) }
    }
}
