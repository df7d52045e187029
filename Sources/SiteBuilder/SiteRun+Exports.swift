import Dashboard
import OrderStore
import PortingModel
import Publisher
import Theme

/// One build's pass over a database snapshot, rendering and publishing as it streams.
extension SiteRun {
    /// The orders and order-numbers exports, each written in a second pass only when its rows changed.
    mutating func renderOrderExports() throws {
        guard !orderExportsDone else { return }
        if try !keepExport("orders", orderExportPrint.hex) {
            let export = try ExportPair("orders", columns: Exports.orderColumns, publisher: publisher)
            do {
                try snapshot.forEachOrderWithCount { order, count in
                    try export.append(Exports.orderFields(order, numbers: count, index: index, display: display))
                }
                try export.finish(fingerprint: orderExportPrint.hex)
            } catch {
                export.abandon()
                throw error
            }
        }
        for k in numberParts.parts.indices where try !keepExport(Exports.numbersPart(k + 1), numberParts.fingerprint(k)) {
            let part = numberParts.parts[k]
            let export = try ExportPair(Exports.numbersPart(k + 1), columns: Exports.numberColumns, publisher: publisher)
            do {
                try snapshot.forEachOrderNumber(orders: k * Exports.numbersPartSize, count: part.orders) {
                    try export.append(Exports.numberFields($0))
                }
                try export.finish(fingerprint: numberParts.fingerprint(k))
            } catch {
                export.abandon()
                throw error
            }
        }
        try renderNumbersIndex()
    }

    /// `exports/order-numbers/index.csv` and `.json`: each part with its first and last order.
    func renderNumbersIndex() throws {
        let export = try ExportPair(Exports.numbersIndex, columns: Exports.numbersIndexColumns, publisher: publisher)
        do {
            for row in numberParts.indexRows() { try export.append(row) }
            try export.finish()
        } catch {
            export.abandon()
            throw error
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
        let export = try ExportPair("inventory", columns: Exports.inventoryColumns, publisher: publisher)
        do {
            try snapshot.forEachInventoryEntry { entry in
                try export.append(Exports.inventoryFields(entry, assignee: display.exportName(index.userName(entry.userId))))
            }
            try export.finish(fingerprint: fingerprint)
        } catch {
            export.abandon()
            throw error
        }
    }
}
