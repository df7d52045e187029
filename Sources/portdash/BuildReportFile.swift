import Dashboard
import Foundation
import SiteBuilder

/// The `--report FILE` JSON, for monitoring.
enum BuildReportFile {
    static func write(_ result: BuildResult, options: BuildOptions, to path: String) throws {
        let fields: [(String, JSONText.Value)] = [
            ("database", .string(options.database)), ("output", .string(options.output)),
            ("orders", .int(Int64(result.orders))), ("pages_rendered", .int(Int64(result.pagesRendered))),
            ("files_written", .int(Int64(result.filesWritten))), ("files_unchanged", .int(Int64(result.filesUnchanged))),
            ("files_removed", .int(Int64(result.filesRemoved))), ("row_errors", .int(Int64(result.errors))),
            ("row_warnings", .int(Int64(result.warnings))), ("swapped", .bool(result.swapped)),
            ("milliseconds", .int(Int64(result.seconds * 1000))),
        ]
        var text = JSONText.object(fields)
        text.removeLast()
        text += ",\"written\":[" + result.written.map(JSONText.string).joined(separator: ",") + "]"
        text += ",\"removed\":[" + result.removed.map(JSONText.string).joined(separator: ",") + "]"
        text += ",\"stages_kept\":[" + result.stagesKept.map(JSONText.string).joined(separator: ",") + "]}\n"
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw ExitCodeMessage(.cannotCreate, "cannot write the report \(path): \(error.localizedDescription)")
        }
    }
}
