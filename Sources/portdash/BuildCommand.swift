import ArgumentParser

/// `portdash build`: turns the order database into the dashboard site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the dashboard site from the order database."
    )

    @Option(help: "Path of the SQLite order database (default: from the config, else porting.sqlite).")
    var database: String?

    @OptionGroup var site: SiteOptions

    func run() throws {
        Console.quiet = site.quiet
        try runReportingErrors {
            try runBuild(database: database, site: site, announceIndex: false)
        }
    }
}

func runBuild(database: String?, site: SiteOptions, announceIndex: Bool) throws {
    Console.error("portdash: build is not available yet")
}
