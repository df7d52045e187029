import ArgumentParser
import Dashboard
import Foundation
import PortingModel
import Publisher
import SiteBuilder

/// `portdash build`: turns the order database into the dashboard site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the dashboard site from the order database.",
        discussion: "Exit codes: 0 ok, 64 usage, 65 data error, 66 input missing, 73 cannot create output, 74 I/O error, 75 busy."
    )

    @OptionGroup var store: DatabaseOptions
    @OptionGroup var site: SiteOptions

    func run() throws {
        try runReportingErrors {
            try runBuild(store: store, site: site, announceIndex: false)
        }
    }
}

/// What to build, from flags, then the config, then defaults: the one place `build`, `demo` and
/// `serve` resolve it.
func resolveBuildOptions(store: DatabaseOptions, site: SiteOptions) throws -> BuildOptions {
    var config = try store.loadConfig()
    if let asOf = site.asOf { config.asOf = asOf }
    if site.redact { config.redact = true }
    try config.check(source: store.config ?? "the command line")
    var options = BuildOptions(
        database: store.databasePath(config), output: site.output ?? config.output ?? "output",
        theme: site.theme ?? config.theme ?? "default", config: config)
    options.strict = site.strict
    options.wait = site.wait
    options.busyTimeout = store.busyTimeout
    options.readsJournal = !site.noJournal
    return options
}

/// Resolves options, builds, and prints what happened.
func runBuild(store: DatabaseOptions, site: SiteOptions, announceIndex: Bool) throws {
    let console = Console(quiet: site.quiet)
    var options = try resolveBuildOptions(store: store, site: site)
    let crashPoints = CrashPointFileSystem.fromEnvironment()
    if let crashPoints { options.fileSystem = crashPoints }
    options.freesMemory = false  // the command exits after this one build
    let progress = Progress(enabled: !site.quiet && isatty(STDOUT_FILENO) == 1)
    let result = try SiteBuilder.build(
        options,
        log: {
            progress.finishLine(); console.info($0)
        }, progress: progress.update)
    progress.finishLine()
    if result.errors + result.warnings > 0 {
        Console.error(
            "portdash: warning: \(result.errors) row error(s) and \(result.warnings) warning(s) in \(options.database); "
                + "listed on \(options.output)/problems/index.html and by `portdash check`")
    }
    let seconds = String(format: "%.2f", result.seconds)
    console.info(
        "Built \(result.orders) orders: \(result.pagesRendered) pages rendered, \(result.filesWritten) files written, "
            + "\(result.filesUnchanged) unchanged, \(result.filesRemoved) removed in \(seconds) s")
    if let path = site.report { try BuildReportFile.write(result, options: options, to: path) }
    if let crashPoints { Console.error("portdash: test: \(crashPoints.operations) file-system operations") }
    if announceIndex {
        let index = URL(fileURLWithPath: options.output).appendingPathComponent("index.html").standardizedFileURL.path
        console.info("Open \(index)")
    }
}
