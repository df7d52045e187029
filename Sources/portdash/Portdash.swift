import ArgumentParser

/// The portdash command line: a static-site generator for number-porting dashboards.
@main
struct Portdash: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portdash",
        abstract: "Publish number-porting dashboards as a static site from an order database.",
        version: "0.3.0",
        subcommands: [
            BuildCommand.self, ServeCommand.self, NotifyCommand.self, DemoCommand.self, CheckCommand.self, InitCommand.self, SchemaCommand.self,
        ]
    )

    static func main() async {
        MallocTuning.apply()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
