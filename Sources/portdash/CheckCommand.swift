import ArgumentParser
import OrderStore
import PortingModel

/// `portdash check`: validates an order database and lists every problem found.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check an order database against the contract and list every problem.",
        discussion: "Exits 0 when there are no errors (warnings allowed), 65 when any row is in error. "
            + "Lists the same findings, in the same order, as the site's Data problems page."
    )

    @OptionGroup var store: DatabaseOptions

    func run() throws {
        try runReportingErrors {
            let database = store.databasePath(try store.loadConfig())
            let findings = try OrderDatabase(path: database, busyTimeout: store.busyTimeout).read { try $0.findings() }
            for finding in findings { Console.output(finding.description) }
            let errors = findings.filter { $0.severity == .error }.count
            let warnings = findings.count - errors
            Console.output("\(database): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
            if errors > 0 { throw ExitCode(ExitStatus.dataError.rawValue) }
        }
    }
}
