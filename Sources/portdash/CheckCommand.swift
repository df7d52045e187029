import ArgumentParser
import OrderStore
import PortingModel

/// `portdash check`: validates an order database and lists every problem found.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check an order database against the contract and list every problem.",
        discussion: "Exits 0 when there are no errors (warnings allowed), 65 when any row is in error."
    )

    @Option(help: "Path of the SQLite order database.")
    var database = "porting.sqlite"

    func run() throws {
        try runReportingErrors {
            let store = try OrderDatabase(path: database)
            let findings = try store.read { try $0.findings() }
            for finding in findings { Console.output(finding.description) }
            let errors = findings.filter { $0.severity == .error }.count
            let warnings = findings.count - errors
            Console.output("\(database): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
            if errors > 0 { throw ExitCode(ExitStatus.dataError.rawValue) }
        }
    }
}
