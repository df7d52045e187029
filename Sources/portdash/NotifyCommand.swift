import ArgumentParser
import Foundation
import Notifier
import PortingModel

/// `portdash notify`: status emails to the people on each order, or a digest for the porting team.
struct NotifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notify",
        abstract: "Email each order's new status changes to its notification list, or send a digest.",
        discussion: """
            What was sent is recorded beside the output folder (.output.portdash-notify.json), after each message the mail command \
            accepts: a second run sends nothing again, a killed run repeats at most the message in flight. The first run only \
            records where to start (or pass --since). Exit codes: 0 ok, 64 usage, 65 data error, 66 database missing, 69 the mail \
            command cannot run, 75 the mail command refused a message.
            """
    )

    @OptionGroup var store: DatabaseOptions

    @Option(name: [.short, .long], help: "The output folder the state file sits beside (default: from the config, else output).")
    var output: String?

    @Option(help: "A sendmail-compatible command that reads the message, headers included, on standard input (default: from the config).")
    var sendmail: String?

    @Option(name: .customLong("dry-run"), help: "Write the messages as .eml files into this folder instead of sending them.")
    var dryRun: String?

    @Option(help: "On the first run, also send the events after this ISO 8601 UTC time.")
    var since: String?

    @Flag(help: "Send one digest (what changed since the last digest, and what needs action now) to --to.")
    var digest = false

    @Option(help: "The digest's recipient.")
    var to: String?

    @Flag(name: [.short, .long], help: "Print only warnings and errors.")
    var quiet = false

    func validate() throws {
        if digest && to == nil { throw ValidationError("--digest needs --to ADDRESS") }
        if to != nil && !digest { throw ValidationError("--to is for --digest") }
    }

    func run() throws {
        try runReportingErrors {
            let console = Console(quiet: quiet)
            let config = try store.loadConfig()
            var options = Notifier.Options(database: store.databasePath(config), config: config, output: output ?? config.output ?? "output")
            options.busyTimeout = store.busyTimeout
            options.sendmail = (sendmail ?? config.sendmail ?? "").split(separator: " ").map(String.init)
            options.dryRun = dryRun
            options.since = since
            options.digestTo = digest ? to : nil
            do {
                let report = try Notifier(options: options).run()
                for skipped in report.skipped { Console.error("portdash: warning: skipped \(skipped): not a valid address") }
                if let started = report.started {
                    console.info("First run: recorded the starting point \(started); changes after it will be sent (or pass --since).")
                } else if dryRun != nil {
                    console.info("Wrote \(report.written.count) message(s) into \(dryRun ?? "") (nothing sent).")
                } else {
                    console.info("Sent \(report.sent) message(s).")
                }
            } catch let error as NotifyError {
                throw ExitCodeMessage(ExitStatus(rawValue: error.exitStatus) ?? .ioError, error.description)
            }
        }
    }
}
