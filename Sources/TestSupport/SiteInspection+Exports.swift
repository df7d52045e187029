import Foundation
import Testing

extension SiteInspection {
    /// The rows of a JSON export (`{"columns": [...], "rows": [[...], ...]}`), each as a dictionary
    /// from column to value. A malformed export fails the test that asked for it.
    public static func exportRows(_ folder: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) -> [[String: Any]] {
        let data = Data(text(folder, "exports/\(name).json", sourceLocation: sourceLocation).utf8)
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let columns = object["columns"] as? [String], let rows = object["rows"] as? [[Any]]
        else {
            Issue.record("exports/\(name).json is not {columns, rows}", sourceLocation: sourceLocation)
            return []
        }
        return rows.map { row in
            #expect(row.count == columns.count, "a row of exports/\(name).json has \(row.count) values for \(columns.count) columns")
            return Dictionary(zip(columns, row), uniquingKeysWith: { a, _ in a })
        }
    }
}
