import Dashboard
import Dispatch
import PortingModel

/// The summary, the order lists, the scorecards, the aging lists and the feeds, fed from the
/// orders pass on another core once each batch is recorded: the orders pass's own thread, which
/// the rest of the build waits for, goes on reading and recording. Batches are added in the
/// order they come, one at a time, so the figures never depend on thread timing.
final class OrderAggregates: @unchecked Sendable {
    private(set) var summary: Summary
    private(set) var views: OrderViews
    private(set) var scorecards: Scorecards
    private(set) var aging: Aging
    private(set) var feeds: FeedBuilder?
    private let queue = DispatchQueue(label: "portdash.aggregates")
    /// Batches handed over and not yet added, at most: bounds the orders held in memory.
    private let room = DispatchSemaphore(value: 8)

    init(summary: Summary, views: OrderViews, scorecards: Scorecards, aging: Aging, feeds: FeedBuilder?) {
        self.summary = summary
        self.views = views
        self.scorecards = scorecards
        self.aging = aging
        self.feeds = feeds
    }

    /// Adds a recorded batch's orders in the background, in order after the batches before it;
    /// waits while `room` batches are waiting.
    func add(_ items: [OrderRenderer.Work]) {
        room.wait()
        queue.async {
            // Each order's work is used where it lies (see `SiteRun.renderOrders`).
            items.withUnsafeBufferPointer { items in
                for i in items.indices { self.add(items[i]) }
            }
            self.room.signal()
        }
    }

    /// Waits until every batch handed over is added; the figures are complete then.
    func wait() { queue.sync {} }

    private func add(_ item: OrderRenderer.Work) {
        let reasons = summary.add(item.bundle)
        views.add(item.bundle, reasons: reasons)
        let timing = item.timing ?? OrderTiming(item.bundle)
        scorecards.add(item.bundle, timing: timing, reasons: reasons)
        aging.add(item.bundle, timing: timing)
        feeds?.add(item.bundle, timing: timing)
    }
}
