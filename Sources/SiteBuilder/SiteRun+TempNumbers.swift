import Dashboard
import OrderStore
import PortingModel
import Publisher
import Theme

/// One build's pass over a database snapshot, rendering and publishing as it streams.
extension SiteRun {
    mutating func renderTempNumbers() throws {
        var temps = TempNumbersPage(index: index, display: display)
        var rows = ""
        let export = try ExportPair("temp-numbers", columns: Exports.tempColumns, publisher: publisher)
        do {
            try snapshot.forEachTempMappingWithAssignee { mapping, userId in
                let assignee = index.userName(userId)
                theme.appendRow("temp-number", temps.add(mapping, assignee: assignee), to: &rows)
                try export.append(Exports.tempFields(mapping, assignee: display.exportName(assignee)))
            }
            try export.finish()
        } catch {
            export.abandon()
            throw error
        }
        var context = temps.context()
        context["tempRows"] = rows
        try page("temp-numbers", context, path: SitePaths.tempNumbers, section: SitePaths.tempNumbers)
    }
}
