import Dashboard
import Publisher

/// One export written as CSV and JSON side by side, row by row.
final class ExportPair {
    let csv: StagedFile
    let json: StagedFile
    let publisher: Publisher
    var rows = 0

    init(_ name: String, columns: [String], publisher: Publisher) throws {
        self.publisher = publisher
        csv = try publisher.file(Exports.csvPath(name))
        json = try publisher.file(Exports.jsonPath(name))
        try csv.append(CSV.line(columns))
        try json.append("[")
    }

    func append(_ fields: [(String, JSONText.Value)]) throws {
        try csv.append(Exports.csvLine(fields))
        try json.append((rows == 0 ? "\n" : ",\n") + JSONText.object(fields))
        rows += 1
    }

    func finish() throws {
        try json.append(rows == 0 ? "]\n" : "\n]\n")
        publisher.finished(csv, changed: try csv.finish())
        publisher.finished(json, changed: try json.finish())
    }

    func abandon() {
        csv.abandon()
        json.abandon()
    }
}
