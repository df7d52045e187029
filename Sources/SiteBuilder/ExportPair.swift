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

    var csvBuffer = ""
    var jsonBuffer = ""

    /// Appends a row; bytes go to disk in large chunks.
    func append(_ fields: [(String, JSONText.Value)]) throws {
        try append(csv: Exports.csvLine(fields), json: JSONText.object(fields))
    }

    /// Appends a row already formatted as a CSV line and a JSON object.
    func append(csv line: String, json object: String) throws {
        csvBuffer += line
        jsonBuffer += rows == 0 ? "\n" : ",\n"
        jsonBuffer += object
        rows += 1
        if jsonBuffer.utf8.count > 1 << 18 { try flush() }
    }

    func flush() throws {
        try csv.append(csvBuffer)
        try json.append(jsonBuffer)
        csvBuffer.removeAll(keepingCapacity: true)
        jsonBuffer.removeAll(keepingCapacity: true)
    }

    func finish(fingerprint: String? = nil) throws {
        try flush()
        try json.append(rows == 0 ? "]\n" : "\n]\n")
        publisher.finished(csv, changed: try csv.finish(), fingerprint: fingerprint)
        publisher.finished(json, changed: try json.finish(), fingerprint: fingerprint)
    }

    func abandon() {
        csv.abandon()
        json.abandon()
    }
}
