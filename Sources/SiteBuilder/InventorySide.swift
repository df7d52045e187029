import Dashboard
import Dispatch
import Foundation
import PortingModel

/// The inventory's row checks and search shards, made on another core from each page's entries
/// while the build's thread reads the next rows: the pass's thread, which reads a million rows,
/// was the one the page renderers waited for. Pages are added in order, one at a time, so the
/// findings and shards never depend on thread timing; only when a finished shard is handed over
/// (`take`) does.
final class InventorySide: @unchecked Sendable {
    private var search: InventorySearch
    private let validator: Validator
    private let index: SiteIndex
    /// The findings of the rows added, in row order; complete after `finish`.
    private(set) var findings: [Finding] = []
    /// Shards finished and not yet taken, guarded by `lock`.
    private var ready: [InventorySearch.Shard] = []
    private let lock = NSLock()
    private let queue = DispatchQueue(label: "portdash.inventory-side")
    /// Pages handed over and not yet added, at most.
    private let room = DispatchSemaphore(value: 16)

    init(search: InventorySearch, validator: Validator, index: SiteIndex) {
        self.search = search
        self.validator = validator
        self.index = index
    }

    /// Checks and indexes the entries of inventory page `page` in the background, after the pages
    /// added before it; waits while `room` pages are waiting.
    func add(_ entries: [InventoryEntry], page: Int) {
        guard !entries.isEmpty else { return }
        room.wait()
        queue.async {
            var done: [InventorySearch.Shard] = []
            for entry in entries {
                self.findings += self.validator.check(entry)
                if let shard = self.search.add(entry, page: page, assignee: self.index.userName(entry.userId)) { done.append(shard) }
            }
            if !done.isEmpty { self.lock.withLock { self.ready += done } }
            self.room.signal()
        }
    }

    /// The shards finished since the last call, in order.
    func take() -> [InventorySearch.Shard] {
        lock.withLock {
            defer { ready = [] }
            return ready
        }
    }

    /// Waits for every page added, then returns the shards not yet taken and the last ones.
    func finish() -> [InventorySearch.Shard] {
        queue.sync {}
        return take() + search.finish()
    }
}
