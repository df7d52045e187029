import Dashboard
import Publisher

/// The orders and order-numbers parts written while a first build streams the orders (with no
/// earlier exports to compare with, there is nothing to keep): the part being filled stays open
/// until an order falls in the next one.
struct InlineParts {
    let publisher: Publisher
    private var current: (index: Int, orders: ExportPair, numbers: ExportPair)?

    init(publisher: Publisher) { self.publisher = publisher }

    /// Appends an order's row and its numbers' rows to part `k`, finishing the part before it.
    mutating func append(part k: Int, order: ExportRows, numbers: ExportRows, parts: OrderParts) throws {
        if current?.index != k {
            try finish(parts)
            current = (
                k, try ExportPair(Exports.ordersPart(k + 1), columns: Exports.orderColumns, publisher: publisher),
                try ExportPair(Exports.numbersPart(k + 1), columns: Exports.numberColumns, publisher: publisher)
            )
        }
        try current?.orders.append(order)
        try current?.numbers.append(numbers)
    }

    /// Finishes the open part, if any.
    mutating func finish(_ parts: OrderParts) throws {
        guard let open = current else { return }
        current = nil
        try open.orders.finish(fingerprint: parts.ordersFingerprint(open.index))
        try open.numbers.finish(fingerprint: parts.numbersFingerprint(open.index))
    }

    /// Abandons the open part (the build failed).
    func abandon() {
        current?.orders.abandon()
        current?.numbers.abandon()
    }
}
