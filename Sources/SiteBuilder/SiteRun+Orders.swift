import Dashboard
import OrderStore
import PortingModel
import Publisher
import Theme

extension SiteRun {
    /// Streams every order: the per-order work (checks, fingerprints, export lines, pages) runs in
    /// the background on every core while the next batch is read; results are applied in order.
    ///
    /// SQLite digests every order's rows, on a second connection where the journal mode allows
    /// (`orderDigestsPrefetch`). On a rebuild, an order whose digest (with its carrier and links) is
    /// what the last build kept facts for, and whose pages are still published, is streamed without
    /// its numbers: its tally and findings are the kept ones. Only the numbers of the other orders
    /// are read. With a second connection, the orders are read (without numbers) while it digests.
    mutating func renderOrders(into summary: inout Summary) throws {
        let total = try snapshot.count("orders")
        // With no earlier exports to compare with, write them during this pass rather than a second one.
        let inline = publisher.publishedManifest?.fingerprints[Exports.csvPath(Exports.ordersPart(1))] == nil
        var inlineParts = inline ? InlineParts(publisher: publisher) : nil
        defer { if !orderExportsDone { inlineParts?.abandon() } }
        let renderer = OrderRenderer(
            orderPage: OrderPage(index: index, display: display),
            loaPage: LoaPage(index: index, display: display, config: options.config),
            theme: theme, layout: layout, index: index, display: display, checks: checks,
            base: base, exportsInline: inline, baseURL: options.config.baseURL, canKeep: publisher.keepChecker(),
            writer: try publisher.pageWriter(folders: [SitePaths.orders]))
        let pipeline = Pipeline<[OrderRenderer.Work]>()
        defer { _ = pipeline.collect() }  // never leave a job running past an error
        var batch: [OrderRenderer.Work] = []
        var duplicates: [Order] = []
        let factsDigest = OrderReuse.digest(base: base)
        // The last build's facts are split and parsed on another core while the orders are read.
        let keptStage = inline ? nil : publisher.recordedStage(OrderFacts.stage, digest: factsDigest)
        let parsing = keptStage.map { stage in
            Eventually {
                let notes = stage.notes
                return (notes: notes, facts: OrderFacts.parse(notes))
            }
        }
        // On a rebuild, the orders (without their numbers) are read while the digests are computed
        // on a second connection, when there is one (`orderDigestsPrefetch`).
        var early: [OrderBundle]?
        if keptStage != nil, orderDigestsPrefetch != nil {
            early = []
            try StageClock.measure("orders read") {
                try snapshot.forEachOrder(numbers: false, { early?.append($0) }, duplicate: { duplicates.append($0) })
            }
        }
        let parsed = parsing?.value
        let (notes, kept) = (parsed?.notes, parsed?.facts ?? nil)
        if kept == nil, early != nil {
            // The facts could not be read: every order's numbers are, so the orders are read again.
            (early, duplicates) = (nil, [])
        }
        let digests = try StageClock.measure("order digests") {
            try orderDigestsPrefetch.flatMap { $0.wait() } ?? snapshot.orderDigests()
        }
        orderDigestsPrefetch = nil
        numberRulesDigest = digests.numberRules
        var reuse = OrderReuse(digests: digests.orders, notes: notes, kept: kept, canKeep: publisher.keepChecker())
        let side = SearchAndChanges(search: siteSearch, changes: changes)
        defer {
            side.wait()
            (siteSearch, changes) = (side.search, side.changes)
        }
        func apply(_ work: [OrderRenderer.Work]?) throws {
            guard let work else { return }
            side.wait()
            side.add(work)
            for item in work {
                reuse.record(item)
                checks.add(item.findings)
                let reasons = summary.add(item.bundle)
                views.add(item.bundle, reasons: reasons)
                let timing = item.timing ?? OrderTiming(item.bundle)
                scorecards.add(item.bundle, timing: timing, reasons: reasons)
                aging.add(item.bundle, timing: timing)
                feeds?.add(item.bundle, timing: timing)
                orders += 1
                if orders % 256 == 0 { progress(orders, total) }
                let part = orderParts.add(
                    orderId: item.bundle.order.id, orderPrint: item.orderPrint, numberPrint: item.numberPrint, numbers: item.bundle.tally.count)
                if let rows = item.exportRows {
                    try inlineParts?.append(part: part, order: rows.order, numbers: rows.numbers, parts: orderParts)
                }
                if let failure = item.failure { throw failure }
                if item.written.isEmpty {
                    // Nothing was written only when every path can be kept.
                    for path in item.paths { _ = publisher.keep(path, fingerprint: item.fingerprint) }
                }
                for page in item.written {
                    publisher.recordWritten(page, fingerprint: item.fingerprint)
                    pagesRendered += 1
                }
            }
        }
        func take(_ bundle: OrderBundle) throws {
            var (item, needsNumbers) = reuse.prepare(bundle, renderer: renderer)
            if needsNumbers { item.bundle.numbers = try snapshot.numbers(of: bundle.order.id) }
            batch.append(item)
            if batch.count >= OrderRenderer.batchSize {
                let done = pipeline.collect()
                let work = batch
                pipeline.submit { renderer.run(work) }
                try apply(done)
                batch.removeAll(keepingCapacity: true)
            }
        }
        if var pending = early {
            early = nil  // each bundle is freed once taken
            pending.reverse()
            while let bundle = pending.popLast() { try take(bundle) }
        } else {
            try snapshot.forEachOrder(numbers: reuse.kept == nil, take, duplicate: { duplicates.append($0) })
        }
        try apply(pipeline.collect())
        try apply(renderer.run(batch))
        progress(orders, total)
        if inlineParts != nil {
            try inlineParts?.finish(orderParts)
            try renderPartsIndexes()
            orderExportsDone = true
        }
        for order in duplicates { checks.addDuplicate(order) }
        publisher.record(OrderFacts.stage, digest: factsDigest, notes: reuse.notes)
        searchChanges = reuse.searchChanges(duplicates: !duplicates.isEmpty)
    }
}
