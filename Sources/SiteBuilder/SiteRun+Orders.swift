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
    /// A first build, which keeps nothing, renders the orders while it digests and records them
    /// once the digests come (`record`).
    mutating func renderOrders(into summary: inout Summary) throws {
        let total = try snapshot.count("orders")
        let aggregates = OrderAggregates(summary: summary, views: views, scorecards: scorecards, aging: aging, feeds: feeds)
        defer {
            aggregates.wait()
            (summary, views, scorecards, aging, feeds) = (
                aggregates.summary, aggregates.views, aggregates.scorecards, aggregates.aging, aggregates.feeds
            )
        }
        let inline = Self.exportsInline(publisher)
        var inlineParts = inline ? InlineParts(publisher: publisher) : nil
        defer { if !orderExportsDone { inlineParts?.abandon() } }
        let renderer = OrderRenderer(
            orderPage: OrderPage(index: index, display: display),
            loaPage: LoaPage(index: index, display: display, config: options.config),
            theme: theme, layout: layout, index: index, display: display, checks: checks,
            base: base, exportsInline: inline, baseURL: options.config.baseURL, canKeep: publisher.keepChecker(),
            writer: try publisher.pageWriter(folders: [SitePaths.orders, SitePaths.loas]))
        let pipeline = Pipeline<[OrderRenderer.Work]>()
        defer { pipeline.drain() }
        var batch: [OrderRenderer.Work] = []
        var duplicates: [Order] = []
        let factsDigest = OrderReuse.digest(base: base)
        // The last build's facts (`keptFacts`), split and parsed on another core since the run began.
        let parsing = factsParse
        factsParse = nil
        // On a rebuild, the orders (without their numbers) are read while the digests are computed
        // on a second connection, when there is one (`orderDigestsPrefetch`).
        var early: [OrderBundle]?
        // The search index and changes log need no digest: on a rebuild they are fed while the
        // orders are read, so that the core that would wait for the digests has work.
        let side = SearchAndChanges(search: siteSearch, changes: changes)
        defer {
            side.wait()
            (siteSearch, changes) = (side.search, side.changes)
        }
        var sideFed = false
        if parsing != nil, orderDigestsPrefetch != nil {
            early = []
            var forSide: [OrderBundle] = []
            func feedSide() {
                side.wait()
                side.add(forSide)
                forSide.removeAll(keepingCapacity: true)
            }
            try StageClock.measure("orders read") {
                try snapshot.forEachOrder(
                    numbers: false,
                    { bundle in
                        early?.append(bundle)
                        forSide.append(bundle)
                        if forSide.count >= OrderRenderer.batchSize { feedSide() }
                    }, duplicate: { duplicates.append($0) })
            }
            feedSide()
            sideFed = true
        }
        let parsed = StageClock.measure("facts wait") { parsing?.value }
        let (notes, kept) = (parsed?.notes, parsed?.facts ?? nil)
        if kept == nil, early != nil {
            // The facts could not be read: every order's numbers are, so the orders are read again
            // and fed to a fresh search index and changes log.
            (early, duplicates) = (nil, [])
            side.wait()
            (side.search, side.changes, sideFed) = (siteSearch, changes, false)
        }
        var reuse: OrderReuse?
        func knowDigests() throws {
            var digests = try journalOrderDigests(kept: kept, orders: total)
            journalUsed = digests != nil
            if digests == nil {
                digests = try StageClock.measure("order digests") {
                    try orderDigestsPrefetch.flatMap { $0.wait() } ?? snapshot.orderDigests()
                }
            }
            guard let digests else { return }
            orderDigestsPrefetch = nil
            numberRulesDigest = digests.numberRules
            orphanRules = digests.orphanRules
            reuse = OrderReuse(digests: digests.orders, notes: notes, kept: kept, canKeep: publisher.keepChecker())
        }
        // A first build keeps no page, so no page waits for the digests: the orders stream while the
        // second connection computes them, and are recorded (`record`) once they are known.
        let digestsLater = publisher.publishedManifest == nil && orderDigestsPrefetch != nil
        if !digestsLater { try knowDigests() }
        if journalUsed, let kept, let named = journal?.changes.orderIds {
            ordersComeOrGone = Self.comeOrGone(named: named, kept: kept, index: index)
            // With the journal's digests, every order row has its own id (they cover one row per id
            // and are not used when there are more rows), so the shards the filter makes are whole.
            if !sideFed {
                let filter = try TextShardFilter(named: named, kept: kept, snapshot: snapshot, display: display, publisher: publisher)
                textFilter = filter
                side.wait()
                side.search.onlyTextKeys = filter.keys
            }
        }
        // Batches applied but not yet recorded, in order, with each order's export part.
        var unrecorded: [OrderRenderer.Applied] = []
        // Records the applied orders once the digests are known (`record`).
        func recordApplied() throws {
            guard reuse != nil else { return }
            try record(&unrecorded, reuse: &reuse!, renderer: renderer, inlineParts: &inlineParts, aggregates: aggregates)
        }
        func apply(_ work: [OrderRenderer.Work]?) throws {
            guard var work else { return }
            if !sideFed {
                side.wait()
                side.add(work.map(\.bundle), searched: textFilter.map { filter in work.map { filter.includes($0.bundle.order.id) } })
            }
            // Each order's work is used where it lies in the batch: it holds dozens of strings, and
            // a copy retains and releases each.
            var parts: [Int] = []
            parts.reserveCapacity(work.count)
            for i in work.indices {
                checks.add(work[i].findings)
                orders += 1
                if orders % 256 == 0 { progress(orders, total) }
                let part = orderParts.add(orderId: work[i].bundle.order.id, orderPrint: work[i].orderPrint, numbers: work[i].bundle.tally.count)
                if let rows = work[i].exportRows {
                    try inlineParts?.append(part: part, order: rows.order, numbers: rows.numbers)
                    work[i].exportRows = nil
                }
                if let failure = work[i].failure { throw failure }
                parts.append(part)
            }
            unrecorded.append(OrderRenderer.Applied(items: work, parts: parts))
            if reuse == nil, !options.orderDigestsLast, orderDigestsPrefetch?.isReady == true { try knowDigests() }
            try recordApplied()
        }
        func take(_ bundle: consuming OrderBundle) throws {
            var item = OrderRenderer.Work(bundle: bundle), needsNumbers = false
            if reuse != nil {
                needsNumbers = reuse!.prepare(&item, renderer: renderer)
            } else {
                item.paths = renderer.paths(item.bundle.order.id)
            }
            if needsNumbers, item.bundle.slim {
                // Its pages are made: the whole order is read (the stream reads what the figures need).
                item.bundle = try snapshot.bundle(of: item.bundle.order.id)
            } else if needsNumbers {
                item.bundle.numbers = try snapshot.numbers(of: item.bundle.order.id)
            }
            batch.append(item)
            if batch.count >= OrderRenderer.batchSize {
                // Handed over in a box, so the renderer holds the only reference and fills the batch
                // in place instead of copying it.
                let work = OrderRenderer.Batch(batch)
                batch = []
                batch.reserveCapacity(OrderRenderer.batchSize)
                try apply(pipeline.submit { renderer.run(work.take()) })
            }
        }
        if var pending = early {
            early = nil  // each bundle is freed once taken
            pending.reverse()
            while let bundle = pending.popLast() { try take(bundle) }
        } else {
            let stream = orderStream
            orderStream = nil
            // The stream reads no numbers: only for a rebuild that could read the kept facts.
            let streamed = try kept != nil && stream?.forEach(take, duplicate: { duplicates.append($0) }) == true
            if !streamed { try snapshot.forEachOrder(numbers: kept == nil, take, duplicate: { duplicates.append($0) }) }
        }
        while let done = pipeline.collect() { try apply(done) }
        try apply(renderer.run(batch))
        if reuse == nil { try knowDigests() }
        try recordApplied()
        progress(orders, total)
        if inlineParts != nil {
            try inlineParts?.finish(orderParts)
            try renderPartsIndexes()
            orderExportsDone = true
        }
        for order in duplicates { checks.addDuplicate(order) }
        guard let reuse else { return }
        publisher.record(OrderFacts.stage, digest: factsDigest, notes: reuse.notes)
        searchChanges = reuse.searchChanges(duplicates: !duplicates.isEmpty)
    }

    /// Whether the orders' exports are written during the orders pass: with no earlier exports to
    /// compare with, rather than in a second pass.
    static func exportsInline(_ publisher: Publisher) -> Bool {
        publisher.publishedManifest?.fingerprints[Exports.csvPath(Exports.ordersPart(1))] == nil
    }

    /// The last build's order facts, when this build may keep them: made under the same `base`
    /// (portdash, theme and settings), and not a build that writes the exports inline.
    static func keptFacts(_ publisher: Publisher, base: Fingerprinter) -> Manifest.Stage? {
        exportsInline(publisher) ? nil : publisher.recordedStage(OrderFacts.stage, digest: OrderReuse.digest(base: base))
    }
}
