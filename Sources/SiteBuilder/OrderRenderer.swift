import Dashboard
import Dispatch
import PortingModel
import Theme

/// Renders order pages and LOAs for a batch of orders on every core. Pure: contexts and HTML only;
/// the caller writes the results in order, so output never depends on thread timing.
struct OrderRenderer: Sendable {
    /// Orders rendered together; bounds the work (and memory) in flight.
    static let batchSize = 64

    let orderPage: OrderPage
    let loaPage: LoaPage
    let theme: Theme
    let layout: Layout
    let index: SiteIndex

    /// The order page and LOA of each bundle, in the bundles' order.
    func render(_ batch: [(bundle: OrderBundle, fingerprint: String)]) -> [(path: String, html: String, fingerprint: String)] {
        guard !batch.isEmpty else { return [] }
        var results = [(path: String, html: String, fingerprint: String)](repeating: ("", "", ""), count: batch.count * 2)
        results.withUnsafeMutableBufferPointer { out in
            let buffer = SharedSlots(base: out)
            DispatchQueue.concurrentPerform(iterations: batch.count) { i in
                let (bundle, fingerprint) = batch[i]
                let slug = index.slugs[bundle.order.id] ?? OrderSlug.make(bundle.order.id)
                let orderPath = SitePaths.order(slug), loaPath = SitePaths.loa(slug)
                var (context, rows) = orderPage.context(bundle)
                context["numberRows"] = rows
                buffer.base[2 * i] = (orderPath, theme.render("order", layout.wrap(context, path: orderPath, section: nil)), fingerprint)
                buffer.base[2 * i + 1] = (loaPath, theme.render("loa", layout.wrap(loaPage.context(bundle), path: loaPath, section: nil)), fingerprint)
            }
        }
        return results
    }
}

/// Result slots shared by parallel workers; each worker writes only its own indices.
struct SharedSlots<T>: @unchecked Sendable {
    let base: UnsafeMutableBufferPointer<T>
}
