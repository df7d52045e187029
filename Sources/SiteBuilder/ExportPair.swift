import Dashboard
import Publisher

/// One export written as CSV and JSON side by side, row by row. The JSON names the columns once
/// and gives each row as an array on its own line (docs/exports.md).
final class ExportPair {
    let csv: StagedFile
    let json: StagedFile
    let publisher: Publisher
    /// Rows written to the files so far.
    var rows = 0
    /// Rows not yet written to the files.
    var pending = ExportRows()

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

    /// Appends a row; bytes go to disk in large chunks.
    func append(_ fields: [(String, JSONText.Value)]) throws {
        pending.row(fields)
        try flushIfLarge()
    }

    /// Appends rows already written as bytes.
    func append(_ block: ExportRows) throws {
        pending.append(contentsOf: block)
        try flushIfLarge()
    }

    /// Appends rows written by `body` straight into the pending bytes.
    func append(_ body: (inout ExportRows) -> Void) throws {
        body(&pending)
        try flushIfLarge()
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

    func flushIfLarge() throws {
        if pending.json.count > 1 << 18 { try flush() }
    }

    func flush() throws {
        guard pending.count > 0 else { return }
        try csv.append(pending.csv)
        try json.append(rows == 0 ? [10] : [UInt8(ascii: ","), 10])
        try json.append(pending.json)
        rows += pending.count
        pending.removeAll()
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
