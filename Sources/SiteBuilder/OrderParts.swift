import Dashboard
import PortingModel

/// The order-numbers export in parts of `Exports.numbersPartSize` orders each, in order-id order, so
/// that a change to one order rewrites one part (a few MB) instead of every number (docs/exports.md).
/// Filled one order at a time, in order.
struct NumberParts {
    struct Part {
        var print: Fingerprinter
        var firstOrder = ""
        var lastOrder = ""
        var orders = 0
        var numbers = 0
    }

    let base: Fingerprinter
    private(set) var parts: [Part] = []

    init(base: Fingerprinter) { self.base = base }

    /// Adds an order's numbers; returns the index of the part it falls in.
    @discardableResult
    mutating func add(orderId: String, numberPrint: String, numbers: Int) -> Int {
        if parts.last.map({ $0.orders >= Exports.numbersPartSize }) ?? true {
            parts.append(Part(print: base, firstOrder: orderId))
        }
        let k = parts.count - 1
        parts[k].print.add(numberPrint)
        parts[k].lastOrder = orderId
        parts[k].orders += 1
        parts[k].numbers += numbers
        return k
    }

    /// What part `k`'s files are made from.
    func fingerprint(_ k: Int) -> String { parts[k].print.hex }

    /// The index export's rows: one per part.
    func indexRows() -> [[(String, JSONText.Value)]] {
        parts.indices.map { k in
            let part = parts[k]
            let name = Exports.numbersPart(k + 1)
            return [
                ("part", .int(Int64(k + 1))), ("first_order_id", .string(part.firstOrder)), ("last_order_id", .string(part.lastOrder)),
                ("orders", .int(Int64(part.orders))), ("numbers", .int(Int64(part.numbers))),
                ("csv", .string(SitePaths.fileName(Exports.csvPath(name)))), ("json", .string(SitePaths.fileName(Exports.jsonPath(name)))),
            ]
        }
    }
}
