import Dashboard
import Publisher

/// The orders and order-numbers parts written while a first build streams the orders (with no
/// earlier exports to compare with, there is nothing to keep): the part being filled stays open
/// until an order falls in the next one.
struct InlineParts {
    typealias Part = (index: Int, orders: ExportPair, numbers: ExportPair)
    let publisher: Publisher
    private var current: Part?
    /// Parts an order has moved on from, left open until their fingerprints are complete (the
    /// orders' digests may come after their rows: see `SiteRun.renderOrders`).
    private var closed: [Part] = []

    init(publisher: Publisher) { self.publisher = publisher }

    /// Appends an order's row and its numbers' rows to part `k`, closing the part before it.
    mutating func append(part k: Int, order: ExportRows, numbers: ExportRows) throws {
        if current?.index != k {
            if let open = current { closed.append(open) }
            current = (
                k, try ExportPair(Exports.ordersPart(k + 1), columns: Exports.orderColumns, publisher: publisher),
                try ExportPair(Exports.numbersPart(k + 1), columns: Exports.numberColumns, publisher: publisher)
            )
        }
        try current?.orders.append(order)
        try current?.numbers.append(numbers)
    }

    /// Finishes the closed parts: call when every order appended so far is in `parts`.
    mutating func finishClosed(_ parts: OrderParts) throws {
        let done = closed
        closed = []
        for part in done { try finish(part, parts) }
    }

    /// Finishes every part: call when every order is in `parts`.
    mutating func finish(_ parts: OrderParts) throws {
        try finishClosed(parts)
        guard let open = current else { return }
        current = nil
        try finish(open, parts)
    }

    private func finish(_ part: Part, _ parts: OrderParts) throws {
        try part.orders.finish(fingerprint: parts.ordersFingerprint(part.index))
        try part.numbers.finish(fingerprint: parts.numbersFingerprint(part.index))
    }

    /// Abandons the open parts (the build failed).
    func abandon() {
        for part in closed + (current.map { [$0] } ?? []) {
            part.orders.abandon()
            part.numbers.abandon()
        }
    }
}
