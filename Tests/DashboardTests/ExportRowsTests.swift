import Dashboard
import PortingModel
import Testing

@Suite("Export rows written as bytes")
struct ExportRowsTests {
    /// Text built from the pieces CSV and JSON treat specially, and plain ones.
    static func text(_ random: inout SeededRandom) -> String? {
        if random.chance(0.1) { return nil }
        let pieces = [
            "a", "PO-1", "+14085550100", "-12", "=SUM(A1)", "@x", "+1 408", ",", "\"", "\n", "\r", "\t", "<", ">", "&", "\\", "é",
            "\u{2028}", "\u{2029}", "\u{1}", " ", "2026-11-20T17:00:00Z", "3.5", "-",
        ]
        return (0..<random.int(0...4)).map { _ in random.pick(pieces) }.joined()
    }

    @Test("every row reads exactly as CSV.line and JSONText.appendRow make it (2,000 rows, seed 11)")
    func sameAsStrings() {
        var random = SeededRandom(seed: 11)
        var rows = ExportRows()
        var csv = "", json = ""
        for i in 0..<2000 {
            var fields: [(String, JSONText.Value)] = []
            for _ in 0..<random.int(1...7) {
                switch random.int(0...5) {
                case 0: fields.append(("n", .int(random.chance(0.2) ? nil : Int64(random.int(-5000...5000)))))
                case 1: fields.append(("b", .bool(random.chance(0.5))))
                case 2: fields.append(("d", .decimal(random.chance(0.2) ? nil : Double(random.int(-999...999)) / 7)))
                default: fields.append(("s", .string(Self.text(&random))))
                }
            }
            rows.row(fields)
            csv += Exports.csvLine(fields)
            if i > 0 { json += ",\n" }
            JSONText.appendRow(fields, to: &json)
        }
        #expect(rows.count == 2000)
        #expect(String(decoding: rows.csv, as: UTF8.self) == csv)
        #expect(String(decoding: rows.json, as: UTF8.self) == json)
    }

    @Test("a number's and an inventory entry's rows are their fields' rows, and blocks join as one list")
    func typedRows() {
        var random = SeededRandom(seed: 12)
        var direct = ExportRows(), viaFields = ExportRows(), joined = ExportRows()
        for _ in 0..<300 {
            var n = OrderNumber(orderId: Self.text(&random) ?? "", number: Self.text(&random) ?? "", status: Self.text(&random) ?? "")
            (n.focDate, n.rejectionCode, n.rejectionReason, n.portedAt) = (
                Self.text(&random), Self.text(&random), Self.text(&random), Self.text(&random)
            )
            Exports.appendNumber(n, to: &direct)
            viaFields.row(Exports.numberFields(n))
            var e = InventoryEntry(number: Self.text(&random) ?? "", source: Self.text(&random) ?? "")
            (e.status, e.orderId, e.acquiredAt) = (Self.text(&random), Self.text(&random), Self.text(&random))
            let assignee = Self.text(&random)
            Exports.appendInventory(e, assignee: assignee, to: &direct)
            viaFields.row(Exports.inventoryFields(e, assignee: assignee))
            var block = ExportRows()
            Exports.appendNumber(n, to: &block)
            Exports.appendInventory(e, assignee: assignee, to: &block)
            joined.append(contentsOf: block)
            joined.append(contentsOf: ExportRows())
        }
        #expect(direct.csv == viaFields.csv && direct.json == viaFields.json)
        #expect(joined.csv == direct.csv && joined.json == direct.json && joined.count == 600)
    }
}
