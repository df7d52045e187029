import Dashboard
import Publisher

/// One export written as CSV and JSON side by side, row by row. The JSON names the columns once
/// and gives each row as an array on its own line (docs/exports.md).
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
        var head = "{\"columns\":["
        for (i, column) in columns.enumerated() {
            if i > 0 { head += "," }
            JSONText.append(column, to: &head)
        }
        try json.append(head + "],\n\"rows\":[")
    }

    var csvBuffer = ""
    var jsonBuffer = ""

    /// Appends a row; bytes go to disk in large chunks.
    func append(_ fields: [(String, JSONText.Value)]) throws {
        csvBuffer += Exports.csvLine(fields)
        jsonBuffer += rows == 0 ? "\n" : ",\n"
        JSONText.appendRow(fields, to: &jsonBuffer)
        rows += 1
        if jsonBuffer.utf8.count > 1 << 18 { try flush() }
    }

    /// Appends a row already formatted as a CSV line and a JSON array.
    func append(csv line: String, json row: String) throws {
        csvBuffer += line
        jsonBuffer += rows == 0 ? "\n" : ",\n"
        jsonBuffer += row
        rows += 1
        if jsonBuffer.utf8.count > 1 << 18 { try flush() }
    }

    /// Writes the export `name` whole: `body` appends its rows; on any error the files are abandoned.
    static func write(
        _ name: String, columns: [String], publisher: Publisher, fingerprint: String? = nil, _ body: (ExportPair) throws -> Void
    ) throws {
        let export = try ExportPair(name, columns: columns, publisher: publisher)
        do {
            try body(export)
            try export.finish(fingerprint: fingerprint)
        } catch {
            export.abandon()
            throw error
        }
    }

    /// Appends several rows at once: CSV lines, and JSON arrays already joined by ",\n".
    func appendBlock(csv: String, json: String, rows count: Int) throws {
        guard count > 0 else { return }
        csvBuffer += csv
        jsonBuffer += rows == 0 ? "\n" : ",\n"
        jsonBuffer += json
        rows += count
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
        try json.append(rows == 0 ? "]}\n" : "\n]}\n")
        publisher.finished(csv, changed: try csv.finish(), fingerprint: fingerprint)
        publisher.finished(json, changed: try json.finish(), fingerprint: fingerprint)
    }

    func abandon() {
        csv.abandon()
        json.abandon()
    }
}
