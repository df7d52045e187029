import Dashboard
import OrderStore
import PortingModel
import Publisher
import Theme

/// One build's pass over a database snapshot, rendering and publishing as it streams.
extension SiteRun {
    mutating func renderOrders(into summary: inout Summary) throws {
        let renderer = OrderRenderer(orderPage: OrderPage(index: index, display: display),
                                     loaPage: LoaPage(index: index, display: display, config: options.config),
                                     theme: theme, layout: layout, index: index)
        var batch: [(bundle: OrderBundle, fingerprint: String)] = []
        let pipeline = Pipeline<[(path: String, html: String, fingerprint: String)]>()
        defer { _ = pipeline.collect() } // never leave a job running past an error
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
                let pages = pipeline.collect()
                let work = batch
                pipeline.submit { renderer.render(work) }
                if let pages { try write(pages) }
                batch.removeAll(keepingCapacity: true)
            }
        }, duplicate: { duplicates.append($0) })
        if let pages = pipeline.collect() { try write(pages) }
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
    mutating func write(_ pages: [(path: String, html: String, fingerprint: String)]) throws {
        for page in pages {
            try publisher.write(page.path, text: page.html, fingerprint: page.fingerprint)
            pagesRendered += 1
        }
    }
}
