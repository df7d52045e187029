import Dashboard
import Foundation
import OrderStore
import PortingModel

/// `portdash notify`: sends each order's new events to the people on that order's notification
/// list, one message per order and recipient, through a sendmail-compatible command; or one digest
/// of everything that changed, and what needs action now, to one address.
public struct Notifier {
    public struct Options: Sendable {
        public var database: String
        public var busyTimeout: Double = 5
        public var config: SiteConfig
        /// The output folder: the state file lives beside it, like the build's lock.
        public var output: String
        /// The sendmail-compatible command and its arguments (`/usr/sbin/sendmail -t`).
        public var sendmail: [String] = []
        /// Write the messages as `.eml` files into this folder instead of sending them.
        public var dryRun: String?
        /// On the first run, send the events after this time (default: none before the first run).
        public var since: String?
        /// Send one digest to this address instead of the per-order messages.
        public var digestTo: String?

        public init(database: String, config: SiteConfig, output: String) {
            self.database = database
            self.config = config
            self.output = output
        }

        /// `.output.portdash-notify.json` beside the output folder.
        public var statePath: String {
            let url = URL(fileURLWithPath: output).standardizedFileURL
            return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).portdash-notify.json").path
        }
    }

    /// What a run did.
    public struct Report: Sendable {
        public var sent = 0
        public var written: [String] = []
        /// Addresses left out because they are not valid: `order: address`.
        public var skipped: [String] = []
        /// The first run only records where to start.
        public var started: String?
    }

    /// One message to send: the order it is about, the recipient, the events it reports.
    struct Pending {
        var message: MailMessage
        var slug: String
        var keys: [String]
    }

    let options: Options

    public init(options: Options) {
        self.options = options
    }

    public func run(log: (String) -> Void = { _ in }) throws -> Report {
        var report = Report()
        let store = try OrderDatabase(path: options.database, busyTimeout: options.busyTimeout)
        let latest = try store.read { try $0.latestActivity() } ?? "1970-01-01T00:00:00Z"
        guard var state = try NotifyState.load(options.statePath) ?? options.since.map({ NotifyState(start: $0) }) else {
            if options.dryRun == nil { try NotifyState(start: latest).save(options.statePath) }
            report.started = latest
            return report
        }
        if let since = options.since, Timestamp.seconds(since) == nil {
            throw NotifyError("--since \(quoted(since)) is not an ISO 8601 UTC time (2026-11-20T17:00:00Z)", exitStatus: 64)
        }
        // A first run with --since records its starting point before sending, so a run killed midway
        // goes on from it rather than starting afresh.
        if options.dryRun == nil && !FileManager.default.fileExists(atPath: options.statePath) { try state.save(options.statePath) }
        let composer = MessageComposer(config: options.config, store: store)
        if let to = options.digestTo {
            guard MailMessage.isValid(to) else { throw NotifyError("--to \(quoted(to)) is not a valid address", exitStatus: 64) }
            let since = state.digestSince ?? state.start
            let digest = try composer.digest(to: to, since: since)
            try deliver(digest.message, name: "digest", report: &report)
            if options.dryRun == nil {
                state.digestSince = digest.until
                try state.save(options.statePath)
            }
            return report
        }
        let pending = try composer.perOrder(state: state, skipped: &report.skipped)
        for item in pending {
            try deliver(item.message, name: item.slug, report: &report)
            if options.dryRun == nil {
                state.sent.formUnion(item.keys)
                try state.save(options.statePath)
            }
        }
        return report
    }

    func deliver(_ message: MailMessage, name: String, report: inout Report) throws {
        if let folder = options.dryRun {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let safe = (name + "--" + message.to).map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." ? $0 : "_" }
            let path = "\(folder)/\(String(safe))--\(report.written.count + 1).eml"
            try Data(message.rendered.utf8).write(to: URL(fileURLWithPath: path))
            report.written.append(path)
            return
        }
        guard let command = options.sendmail.first else {
            throw NotifyError(
                "no mail command: pass --sendmail \"/usr/sbin/sendmail -t\" (or set sendmail in portdash.json), or --dry-run FOLDER", exitStatus: 64)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [command] + options.sendmail.dropFirst()
        let input = Pipe()
        process.standardInput = input
        do {
            try process.run()
        } catch {
            throw NotifyError("cannot run the mail command \(command): \(error.localizedDescription)", exitStatus: 69)
        }
        input.fileHandleForWriting.write(Data(message.rendered.utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw NotifyError(
                "the mail command \(command) refused the message to \(message.to) (exit \(process.terminationStatus)); what was sent before is recorded",
                exitStatus: 75)
        }
        report.sent += 1
    }
}
