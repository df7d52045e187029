import Dashboard
import PortingModel

/// The site search's text index and the changes log, fed from the orders pass on another core
/// while the calling thread applies the rest: neither reads anything the rest writes. Only one
/// thread touches them at a time (a batch is collected before the next is submitted).
final class SearchAndChanges: @unchecked Sendable {
    var search: SiteSearch
    var changes: ChangesLog
    private let job = Pipeline<Bool>()

    init(search: SiteSearch, changes: ChangesLog) {
        self.search = search
        self.changes = changes
    }

    /// Starts adding a batch's orders in the background; `wait` before the next batch. `searched`
    /// says which go to the search's text index (nil: all).
    func add(_ bundles: [OrderBundle], searched: [Bool]? = nil) {
        job.submit {
            for (i, bundle) in bundles.enumerated() {
                if searched?[i] ?? true { self.search.add(bundle.order) }
                self.changes.add(bundle)
            }
            return true
        }
    }

    /// Waits for the batch in flight, if any.
    func wait() { _ = job.collect() }
}
