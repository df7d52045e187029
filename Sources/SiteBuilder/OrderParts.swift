import Dashboard
import PortingModel

/// The orders and order-numbers exports in parts of `Exports.partSize` orders each, in order-id
/// order: part k of each export covers the same orders, and a change to one order rewrites its two
/// parts instead of every order and number (docs/exports.md). Filled one order at a time, in order.
struct OrderParts {
    struct Part {
        var orderPrint: Fingerprinter
        var numberPrint: Fingerprinter
        var firstOrder = ""
        var lastOrder = ""
        var orders = 0
        var numbers = 0
    }

    let base: Fingerprinter
    private(set) var parts: [Part] = []

    init(base: Fingerprinter) { self.base = base }

    /// Adds an order; returns the index of the part it falls in. What its numbers' rows are made
    /// from (`addNumberPrint`) may follow later, as long as the orders' come in the same order.
    @discardableResult
    mutating func add(orderId: String, orderPrint: String, numbers: Int) -> Int {
        if parts.last.map({ $0.orders >= Exports.partSize }) ?? true {
            parts.append(Part(orderPrint: base, numberPrint: base, firstOrder: orderId))
        }
        let k = parts.count - 1
        parts[k].orderPrint.add(orderPrint)
        parts[k].lastOrder = orderId
        parts[k].orders += 1
        parts[k].numbers += numbers
        return k
    }

    /// Adds what the numbers' rows of the next order of part `k` are made from.
    mutating func addNumberPrint(_ numberPrint: String, part k: Int) { parts[k].numberPrint.add(numberPrint) }

    /// What part `k` of the orders export is made from.
    func ordersFingerprint(_ k: Int) -> String { parts[k].orderPrint.hex }

    /// What part `k` of the order-numbers export is made from.
    func numbersFingerprint(_ k: Int) -> String { parts[k].numberPrint.hex }

    /// The orders index's rows: one per part.
    func ordersIndexRows() -> [[(String, JSONText.Value)]] { indexRows(Exports.ordersPart, numbers: false) }

    /// The order-numbers index's rows: one per part.
    func numbersIndexRows() -> [[(String, JSONText.Value)]] { indexRows(Exports.numbersPart, numbers: true) }

    /// Each part's number, first and last order, orders (and numbers), and file names.
    private func indexRows(_ name: (Int) -> String, numbers: Bool) -> [[(String, JSONText.Value)]] {
        parts.indices.map { k in
            let part = parts[k]
            var row: [(String, JSONText.Value)] = [
                ("part", .int(Int64(k + 1))), ("first_order_id", .string(part.firstOrder)), ("last_order_id", .string(part.lastOrder)),
                ("orders", .int(Int64(part.orders))),
            ]
            if numbers { row.append(("numbers", .int(Int64(part.numbers)))) }
            return row + files(name(k + 1))
        }
    }

    private func files(_ name: String) -> [(String, JSONText.Value)] {
        [("csv", .string(SitePaths.fileName(Exports.csvPath(name)))), ("json", .string(SitePaths.fileName(Exports.jsonPath(name))))]
    }
}
