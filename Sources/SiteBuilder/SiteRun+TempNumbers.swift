import Dashboard
import OrderStore
import PortingModel
import Publisher
import Theme

/// One build's pass over a database snapshot, rendering and publishing as it streams.
extension SiteRun {
    /// The temporary-numbers pages and their export: a stage that reads the temporary numbers, the
    /// inventory (who each temporary number is assigned to), the users' names, which of the orders
    /// they name exist (`orderLinks`) and the "as of" date (days in use).
    mutating func renderTempNumbers() throws {
        let inputs = [
            try digest("temp_numbers"), try digest("phone_numbers"), try digest("users"), try orderLinks("temp_numbers", missing: ""),
            String(display.today),
        ]
        try stage("temp-numbers", inputs: inputs) { try $0.buildTempNumbers() }
    }

    /// The temporary-numbers pages, 500 rows a page, rendered as the rows stream, and their export.
    mutating func buildTempNumbers() throws {
        let temps = TempNumbersPage(index: index, display: display, counts: try snapshot.tempStateCounts())
        var rows: [UInt8] = [], onPage = 0, page = 1
        let export = try ExportPair("temp-numbers", columns: Exports.tempColumns, publisher: publisher)
        do {
            try snapshot.forEachTempMappingWithAssignee { mapping, userId in
                let assignee = index.userName(userId)
                theme.appendRow("temp-number", temps.row(mapping, assignee: assignee), to: &rows)
                onPage += 1
                try export.append(Exports.tempFields(mapping, assignee: display.exportName(assignee)))
                if onPage == TempNumbersPage.pageSize {
                    try renderTempPage(temps, page: page, rows: String(decoding: rows, as: UTF8.self), count: onPage)
                    rows.removeAll(keepingCapacity: true)
                    onPage = 0
                    page += 1
                }
            }
            try export.finish()
        } catch {
            export.abandon()
            throw error
        }
        if onPage > 0 || page == 1 { try renderTempPage(temps, page: page, rows: String(decoding: rows, as: UTF8.self), count: onPage) }
    }

    mutating func renderTempPage(_ temps: TempNumbersPage, page: Int, rows: String, count: Int) throws {
        try self.page("temp-numbers", temps.page(page, rows: rows, count: count), path: temps.pager.path(page), section: SitePaths.tempNumbers)
    }
}
