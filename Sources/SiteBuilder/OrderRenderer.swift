import Dashboard
import Dispatch
import OrderStore
import PortingModel
import Publisher
import Theme

/// Does everything per order that needs no database, for a batch of orders on every core: the row
/// checks, the fingerprints, the export lines, and the order page and LOA unless the published ones
/// were made from the same inputs, written into staging. The caller applies the results (and
/// records the written files) in order, so output never depends on thread timing.
struct OrderRenderer: Sendable {
    /// Orders handled together; bounds the work (and memory) in flight.
    static let batchSize = 64

    /// What one order contributes to the build.
    struct Work: Sendable {
        var bundle: OrderBundle
        var findings: [Finding] = []
        var timing: OrderTiming?
        /// Everything its pages show, from SQLite's digests of its rows (see `pageFingerprint`).
        var fingerprint = ""
        var orderPrint = ""
        var numberPrint = ""
        /// The order's export row and its numbers' rows, when the exports are written in this pass.
        var exportRows: (order: ExportRows, numbers: ExportRows)?
        /// The pages the writer wrote; empty when the published ones can be kept.
        var written: [PageWriter.Written] = []
        /// Why they could not be written: the build stops when it applies this order.
        var failure: (any Error)?
        var paths: [String] = []
        /// The keys of the search's text shards its row goes to (`SiteSearch.textKeys`), for its
        /// facts; made only when the order is not reused.
        var textKeys: [String] = []
        /// The order did not change since the last build: its numbers were not read, and its tally
        /// and findings are the kept ones.
        var reused = false
    }

    let orderPage: OrderPage
    let loaPage: LoaPage
    let theme: Theme
    let layout: Layout
    let index: SiteIndex
    let display: Display
    let checks: RowChecks
    let base: Fingerprinter
    let exportsInline: Bool
    /// The site's address, when feeds are written: then each order also gets `orders/<id>.xml`.
    var baseURL: String?
    /// Whether the published file at a path was made from inputs with a fingerprint.
    let canKeep: @Sendable (String, String) -> Bool
    /// Writes the pages into staging where they are rendered.
    let writer: PageWriter

    func run(_ batch: consuming [Work]) -> [Work] {
        var results = batch
        guard !results.isEmpty else { return [] }
        let count = results.count
        results.withUnsafeMutableBufferPointer { out in
            let slots = SharedSlots(base: out)
            DispatchQueue.concurrentPerform(iterations: count) { i in work(on: &slots.base[i]) }
        }
        return results
    }

    /// A batch of orders applied to the summary and the rest, waiting to be recorded (`SiteRun.record`),
    /// with each order's export part.
    struct Applied {
        var items: [Work]
        let parts: [Int]
    }

    /// A batch handed to a background job: `take` leaves the job the only reference to it.
    final class Batch: @unchecked Sendable {
        private var items: [Work]
        init(_ items: [Work]) { self.items = items }
        /// The batch, once (only the job that owns the box calls it).
        func take() -> [Work] {
            defer { items = [] }
            return items
        }
    }

    /// The order's pages' paths.
    func paths(_ id: String) -> [String] {
        var paths = [index.orderPath(id), index.loaPath(id)]
        if baseURL != nil { paths.append(index.feedPath(id)) }
        return paths
    }

    func work(on item: inout Work) {
        if item.bundle.keptTally == nil { item.bundle.keptTally = NumberTally(item.bundle.numbers) }
        item.timing = OrderTiming(item.bundle)
        item.orderPrint = orderPrint(item.bundle)
        if item.reused { return }
        let bundle = item.bundle, timing = item.timing!
        item.textKeys = SiteSearch.textKeys(of: bundle.order, display: display)
        item.findings = checks.check(bundle, timing: timing)
        if exportsInline {
            var order = ExportRows(), numbers = ExportRows()
            order.row(Exports.orderFields(bundle, index: index, display: display))
            for n in bundle.numbers { Exports.appendNumber(n, to: &numbers) }
            item.exportRows = (order, numbers)
        }
        if item.paths.allSatisfy({ canKeep($0, item.fingerprint) }) { return }
        let page = orderPage.model(bundle, feedHref: baseURL == nil ? nil : SitePaths.fileName(index.feedPath(bundle.order.id)))
        let loa = loaPage.model(bundle)
        var pages = [
            (item.paths[0], theme.renderBytes("order", layout.stack(path: item.paths[0], section: nil, page.summary, page))),
            (item.paths[1], theme.renderBytes("loa", layout.stack(path: item.paths[1], section: nil, loa.summary, loa))),
        ]
        if let baseURL { pages.append((item.paths[2], Array(FeedBuilder.orderFeed(bundle, baseURL: baseURL, index: index, display: display).utf8))) }
        do {
            item.written = try writer.write(pages)
        } catch {
            item.failure = error
        }
    }

    /// Everything an order's pages show: its rows (as SQLite's digests), its carrier, the orders
    /// linked to it, and `base`.
    func pageFingerprint(_ order: Order, digest: OrderDigest) -> String {
        var hasher = base
        digest.add(to: &hasher)
        if let carrier = order.losingCarrierId.flatMap({ index.carriers[$0] }) {
            hasher.add(carrier.name)
            hasher.add(carrier.spid)
        }
        hasher.add("links")
        for child in index.restartedBy[order.id] ?? [] { hasher.add(child) }
        hasher.add(order.restartedFrom.map { index.slugs[$0] != nil ? "linked" : "missing" } ?? "none")
        return hasher.hex
    }

    /// What the orders export shows of an order: its fields, carrier and number count.
    func orderPrint(_ bundle: OrderBundle) -> String {
        var orders = Fingerprinter()
        let o = bundle.order
        for text in [
            o.id, o.status, o.subscriberType, o.ownerName, o.businessName, o.btn, o.accountNumber, o.createdAt,
            o.submittedAt, o.focDate, o.completedAt, o.restartedFrom, index.carrierName(o.losingCarrierId),
        ] {
            orders.add(text)
        }
        orders.add(Int64(bundle.tally.count))
        return orders.hex
    }
}
