import ArgumentParser
import OrderStore

/// `portdash init`: creates an empty order database at the current contract version.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create an empty order database at the current contract version."
    )

    @OptionGroup var store: DatabaseOptions

    @Flag(name: [.short, .long], help: "Print only warnings and errors.")
    var quiet = false

    func run() throws {
        try runReportingErrors {
            let console = Console(quiet: quiet)
            let database = store.databasePath(try store.loadConfig())
            switch try DatabaseCreator.create(at: database) {
            case .created: console.info("Created \(database) (order database contract version \(Schema.version)).")
            case .alreadyCurrent: console.info("\(database) is already a portdash database at version \(Schema.version); nothing to do.")
            case .journalAdded:
                console.info(
                    "\(database) is a portdash database at version \(Schema.version); added the change journal (rebuilds read what changed from it).")
            }
        }
    }
}
