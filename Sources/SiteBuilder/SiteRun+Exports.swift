import Dashboard
import OrderStore
import PortingModel
import Publisher
import Theme

/// One build's pass over a database snapshot, rendering and publishing as it streams.
extension SiteRun {
    /// The parts of the orders and order-numbers exports whose rows changed, in a second pass, and
    /// the indexes of both.
    mutating func renderOrderExports() throws {
        guard !orderExportsDone else { return }
        for k in orderParts.parts.indices {
            let orders = orderParts.parts[k].orders, offset = k * Exports.partSize
            let ordersPrint = orderParts.ordersFingerprint(k), numbersPrint = orderParts.numbersFingerprint(k)
            if try !keepExport(Exports.ordersPart(k + 1), ordersPrint) {
                try ExportPair.write(Exports.ordersPart(k + 1), columns: Exports.orderColumns, publisher: publisher, fingerprint: ordersPrint) {
                    export in
                    try snapshot.forEachOrderWithCount(orders: offset, count: orders) { order, count in
                        try export.append(Exports.orderFields(order, numbers: count, index: index, display: display))
                    }
                }
            }
            if try !keepExport(Exports.numbersPart(k + 1), numbersPrint) {
                try ExportPair.write(Exports.numbersPart(k + 1), columns: Exports.numberColumns, publisher: publisher, fingerprint: numbersPrint) {
                    export in
                    try snapshot.forEachOrderNumber(orders: offset, count: orders) { n in try export.append { Exports.appendNumber(n, to: &$0) } }
                }
            }
        }
        try renderPartsIndexes()
    }

    /// `exports/orders/index` and `exports/order-numbers/index` (CSV and JSON): each part with its
    /// first and last order and its files.
    func renderPartsIndexes() throws {
        for (name, columns, rows) in [
            (Exports.ordersIndex, Exports.ordersIndexColumns, orderParts.ordersIndexRows()),
            (Exports.numbersIndex, Exports.numbersIndexColumns, orderParts.numbersIndexRows()),
        ] {
            try ExportPair.write(name, columns: columns, publisher: publisher) { export in
                for row in rows { try export.append(row) }
            }
        }
    }

    /// Keeps an export's CSV and JSON when they were made from rows with this fingerprint.
    func keepExport(_ name: String, _ fingerprint: String) throws -> Bool {
        let paths = [Exports.csvPath(name), Exports.jsonPath(name)]
        guard paths.allSatisfy({ publisher.canKeep($0, fingerprint: fingerprint) }) else { return false }
        for path in paths { _ = publisher.keep(path, fingerprint: fingerprint) }
        return true
    }

    /// The inventory export, in a second pass, only when its rows changed since the last build.
    mutating func renderInventoryExport(fingerprint: String) throws {
        if try keepExport("inventory", fingerprint) { return }
        try ExportPair.write("inventory", columns: Exports.inventoryColumns, publisher: publisher, fingerprint: fingerprint) { export in
            try snapshot.forEachInventoryEntry { entry in
                let assignee = display.exportName(index.userName(entry.userId))
                try export.append { Exports.appendInventory(entry, assignee: assignee, to: &$0) }
            }
        }
    }
}
