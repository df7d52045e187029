import Foundation
import PortingModel

/// Writes to standard output and standard error without buffering surprises.
struct Console: Sendable {
    /// Suppresses progress and result lines (`--quiet`); warnings and errors still show.
    let quiet: Bool

    /// A normal progress or result line; suppressed by `--quiet`.
    func info(_ line: String) {
        guard !quiet else { return }
        Self.output(line)
    }

    /// A line of the command's result, printed even with `--quiet` (`schema`, `check`).
    static func output(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// A warning or error line on standard error.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
