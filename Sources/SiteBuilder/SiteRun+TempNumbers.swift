import Dashboard
import OrderStore
import PortingModel
import Publisher
import Theme

/// One build's pass over a database snapshot, rendering and publishing as it streams.
extension SiteRun {
    mutating func renderTempNumbers() throws {
        var temps = TempNumbersPage(index: index, display: display)
        let export = try ExportPair("temp-numbers", columns: Exports.tempColumns, publisher: publisher)
        do {
            try snapshot.forEachTempMappingWithAssignee { mapping, userId in
                let assignee = index.userName(userId)
                temps.add(mapping, assignee: assignee)
                try export.append(Exports.tempFields(mapping, assignee: display.exportName(assignee)))
            }
            try export.finish()
        } catch {
            export.abandon()
            throw error
        }
        try page("temp-numbers", temps.context(), path: SitePaths.tempNumbers, section: SitePaths.tempNumbers)
    }
}
