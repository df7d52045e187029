import Dashboard
import Dispatch
import PortingModel
import Publisher
import Theme

/// Fingerprints, renders and writes inventory pages, several at once on every core; the caller
/// records the results in page order.
struct InventoryRenderer: Sendable {
    /// Pages handled together.
    static let batchPages = 8

    let pages: InventoryPages
    let theme: Theme
    let layout: Layout
    let index: SiteIndex
    let base: Fingerprinter
    let canKeep: @Sendable (String, String) -> Bool
    /// Format each page's rows of the inventory export too (a cold build writes it as it goes).
    let exportRows: Bool
    let display: Display
    /// Writes the pages into staging where they are rendered.
    let writer: PageWriter

    /// One page's result: its path, fingerprint, and the page written unless the published one can be kept.
    struct Page: Sendable {
        var number: Int
        var entries: [InventoryEntry]
        var path = ""
        var fingerprint = ""
        /// The page written; nil when the published one can be kept.
        var written: PageWriter.Written?
        /// Why it could not be written: the build stops when it records this page.
        var failure: (any Error)?
        /// What the page's rows contribute to the inventory export's fingerprint.
        var exportPrint = ""
        /// The page's export rows, when asked for: CSV lines, and JSON arrays joined by ",\n".
        var export = ExportRows()
    }

    func run(_ batch: [(number: Int, entries: [InventoryEntry])]) -> [Page] {
        var results = batch.map { Page(number: $0.number, entries: $0.entries) }
        results.withUnsafeMutableBufferPointer { out in
            let slots = SharedSlots(base: out)
            DispatchQueue.concurrentPerform(iterations: batch.count) { i in render(&slots.base[i]) }
        }
        return results
    }

    func render(_ page: inout Page) {
        var hasher = base
        hasher.add(Int64(page.number))
        hasher.add(Int64(pages.pageCount))
        for (source, t) in pages.totals.bySource.sorted(by: { $0.key < $1.key }) {
            hasher.add(source)
            hasher.add(Int64(t.total))
            hasher.add(Int64(t.assigned))
        }
        var exportPrint = Fingerprinter()
        func add(_ text: String?) {
            hasher.add(text)
            exportPrint.add(text)
        }
        for e in page.entries {
            let assignee = index.userName(e.userId)
            add(e.number)
            add(e.source)
            add(e.status)
            add(e.orderId)
            add(e.acquiredAt)
            add(assignee)
            hasher.add(e.orderId.map { index.slugs[$0] != nil ? "linked" : "missing" } ?? "none")
            if exportRows {
                Exports.appendInventory(e, assignee: display.exportName(assignee), to: &page.export)
            }
        }
        page.exportPrint = exportPrint.hex
        page.path = SitePaths.inventory(page: page.number)
        page.fingerprint = hasher.hex
        if canKeep(page.path, page.fingerprint) { return }
        let model = pages.page(page.number, entries: page.entries)
        let html = theme.renderBytes("inventory", layout.stack(path: page.path, section: SitePaths.inventory(page: 1), model))
        do {
            page.written = try writer.write([(page.path, html)])[0]
        } catch {
            page.failure = error
        }
    }
}
