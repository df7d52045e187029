import ArgumentParser
import OrderStore

/// `portdash init`: creates an empty order database at the current contract version.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create an empty order database at the current contract version."
    )

    @Option(help: "Path of the SQLite database to create.")
    var database = "porting.sqlite"

    func run() throws {
        try runReportingErrors {
            switch try DatabaseCreator.create(at: database) {
            case .created: Console.info("Created \(database) (order database contract version \(Schema.version)).")
            case .alreadyCurrent: Console.info("\(database) is already a portdash database at version \(Schema.version); nothing to do.")
            }
        }
    }
}
