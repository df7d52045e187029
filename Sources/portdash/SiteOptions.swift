import ArgumentParser

/// Options shared by the commands that build the site (the database's are in `DatabaseOptions`).
struct SiteOptions: ParsableArguments {
    @Option(name: [.short, .long], help: "Folder to publish the site into (default: from the config, else output).")
    var output: String?

    @Option(help: "Theme name (a folder under themes/) or path to a theme folder (default: from the config, else default).")
    var theme: String?

    @Option(name: .customLong("as-of"), help: "The 'as of' time, ISO 8601 UTC (default: the latest time in the data).")
    var asOf: String?

    @Flag(help: "Exit 65 and keep the last site when any row is in error.")
    var strict = false

    @Flag(help: "Wait for a running build of the same output instead of exiting 75.")
    var wait = false

    @Flag(help: "Mask names, addresses and emails (for dashboards shown to a wider audience).")
    var redact = false

    @Flag(
        name: .customLong("no-journal"),
        help: "Find what changed by comparing digests of every row, not from the database's change journal.")
    var noJournal = false

    @Option(help: "Also write the build's report as JSON to this file (for monitoring).")
    var report: String?

    @Flag(name: [.short, .long], help: "Print only warnings and errors.")
    var quiet = false
}
