import ArgumentParser
import Dashboard

/// Where the order database is and how to read it, and the config file: the options every command
/// that touches the database shares, so each reads `portdash.json` the same way.
struct DatabaseOptions: ParsableArguments {
    static let defaultDatabase = "porting.sqlite"

    @Option(name: [.short, .long], help: "Path of the SQLite order database (default: from the config, else porting.sqlite).")
    var database: String?

    @Option(help: "Config file (default: portdash.json in the working folder, if present).")
    var config: String?

    @Option(name: .customLong("busy-timeout"), help: "Seconds to wait for a writer's lock on the database before exiting 75.")
    var busyTimeout: Double = 5

    func validate() throws {
        guard busyTimeout >= 0, busyTimeout.isFinite else {
            throw ValidationError("--busy-timeout must be zero or more seconds, not \(busyTimeout)")
        }
    }

    /// The config: `--config FILE`, else `portdash.json` in the working folder, else the defaults.
    func loadConfig() throws -> SiteConfig {
        try ConfigLoading.load(config)
    }

    /// The database: `--database`, else the config's `database`, else `porting.sqlite`.
    func databasePath(_ config: SiteConfig) -> String {
        database ?? config.database ?? Self.defaultDatabase
    }
}
