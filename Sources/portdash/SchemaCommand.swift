import ArgumentParser
import OrderStore

/// `portdash schema`: prints the SQL of the order database contract, and of the change journal.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the SQL of the order database contract."
    )

    @Flag(help: "Print the SQL of the optional change journal instead (the table and triggers `init` adds).")
    var journal = false

    func run() throws {
        Console.output(journal ? ChangeJournal.sql : Schema.sql)
    }
}
