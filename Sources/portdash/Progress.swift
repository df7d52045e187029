import Foundation

/// A one-line progress display for long builds on a terminal; nothing when output is not a terminal
/// (cron mail and logs get only the stage lines and the summary).
final class Progress: @unchecked Sendable {
    let enabled: Bool
    private var shown = false
    private var last = Date.distantPast

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func update(_ done: Int, _ total: Int) {
        guard enabled, Date().timeIntervalSince(last) > 0.1 || done == total else { return }
        last = Date()
        let percent = total > 0 ? done * 100 / total : 100
        FileHandle.standardOutput.write(Data("\r      orders \(done)/\(total) (\(percent)%)\u{1B}[K".utf8))
        shown = true
    }

    /// Ends the progress line so the next line starts clean.
    func finishLine() {
        guard shown else { return }
        FileHandle.standardOutput.write(Data("\r\u{1B}[K".utf8))
        shown = false
    }
}
