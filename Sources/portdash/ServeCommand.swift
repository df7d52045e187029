import ArgumentParser
import Foundation
import PortingModel
import Server
import SiteBuilder

/// `portdash serve`: keeps the site current and serves it, reloading open pages when they change.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it over HTTP, and rebuild and reload pages when the data, config or theme changes.",
        discussion: """
            No authentication: it listens on 127.0.0.1 unless --host says otherwise; put it behind the company's proxy to share it. \
            Exit codes: 0 stopped by SIGINT or SIGTERM, 64 usage, 65 broken config, 75 the port is in use.
            """
    )

    @OptionGroup var store: DatabaseOptions
    @OptionGroup var site: SiteOptions

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port = 8080

    @Option(help: "Seconds between checks for a changed database, config or theme.")
    var interval = 1.0

    func validate() throws {
        guard (1...65_535).contains(port) else { throw ValidationError("--port must be between 1 and 65535, not \(port)") }
        guard interval >= 0.05, interval <= 3600 else { throw ValidationError("--interval must be between 0.05 and 3600 seconds, not \(interval)") }
    }

    func run() async throws {
        let console = Console(quiet: site.quiet)
        do {
            var build = try resolveBuildOptions(store: store, site: site)
            build.wait = false
            var options = ServeOptions(build: build)
            options.configFile = store.config ?? (FileManager.default.fileExists(atPath: ConfigLoading.defaultFile) ? ConfigLoading.defaultFile : nil)
            options.host = host
            options.port = port
            options.interval = interval
            let server = SiteServer(options: options) { line in
                if line.hasPrefix("portdash serve:") { Console.error(line) } else { console.info(line) }
            }
            try await server.run()
        } catch let error as ServeError {
            Console.error("portdash: error: \(error)")
            throw ExitCode(error.exitStatus)
        } catch let error as any ExitStatusProviding {
            Console.error("portdash: error: \(error)")
            throw ExitCode(error.exitStatus.rawValue)
        }
    }
}
