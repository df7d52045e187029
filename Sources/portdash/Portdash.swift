import ArgumentParser

/// The portdash command line: a static-site generator for number-porting dashboards.
@main
struct Portdash: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portdash",
        abstract: "Publish number-porting dashboards as a static site from an order database.",
        version: "0.2.0",
        subcommands: [
            BuildCommand.self, ServeCommand.self, NotifyCommand.self, DemoCommand.self, CheckCommand.self, InitCommand.self, SchemaCommand.self,
        ]
    )
}
