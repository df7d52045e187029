import Dashboard
import PortingModel
import Publisher

extension SiteRun {
    /// Records applied orders, in order, once their digests are known: their facts (`reuse`), what
    /// their export parts are made from, and their pages, written or kept. The parts they close
    /// are finished then, when their fingerprints are complete. Each batch then goes, without its
    /// numbers, to the summary and the other figures (`aggregates`).
    mutating func record(
        _ applied: inout [OrderRenderer.Applied], reuse: inout OrderReuse, renderer: OrderRenderer, inlineParts: inout InlineParts?,
        aggregates: OrderAggregates
    ) throws {
        // Each order's work is recorded where it lies (see `renderOrders`).
        for batch in applied.indices {
            for i in applied[batch].items.indices {
                record(&applied[batch].items[i], part: applied[batch].parts[i], reuse: &reuse, renderer: renderer)
                applied[batch].items[i].bundle.numbers = []
            }
            // Moved, not copied: the batch's array is left empty here.
            let items = applied[batch].items
            applied[batch].items = []
            aggregates.add(items)
        }
        applied.removeAll(keepingCapacity: true)
        try inlineParts?.finishClosed(orderParts)
    }

    private mutating func record(_ item: inout OrderRenderer.Work, part: Int, reuse: inout OrderReuse, renderer: OrderRenderer) {
        // A first build streams orders before the digests come (`SiteRun.renderOrders`).
        if item.fingerprint.isEmpty { reuse.fingerprint(&item, renderer: renderer) }
        reuse.record(item)
        orderParts.addNumberPrint(item.numberPrint, part: part)
        if item.written.isEmpty {
            // Nothing was written only when every path can be kept.
            for path in item.paths {
                // A reused order's paths were all found keepable when it was prepared (`OrderReuse.prepare`).
                if item.reused {
                    publisher.keepKept(path, fingerprint: item.fingerprint)
                } else {
                    _ = publisher.keep(path, fingerprint: item.fingerprint)
                }
            }
        }
        for page in item.written {
            publisher.recordWritten(page, fingerprint: item.fingerprint)
            pagesRendered += 1
        }
    }
}
