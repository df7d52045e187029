import ArgumentParser
import OrderStore

/// `portdash schema`: prints the SQL of the order database contract.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the SQL of the order database contract."
    )

    func run() throws {
        Console.output(Schema.sql)
    }
}
