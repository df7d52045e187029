import ArgumentParser
import Dashboard
import Foundation
import PortingModel
import SiteBuilder

/// `portdash build`: turns the order database into the dashboard site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the dashboard site from the order database.",
        discussion: "Exit codes: 0 ok, 64 usage, 65 data error, 66 input missing, 73 cannot create output, 74 I/O error, 75 busy."
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

/// Resolves options (flags, then config, then defaults), builds, and prints what happened.
func runBuild(database: String?, site: SiteOptions, announceIndex: Bool) throws {
    var config = try ConfigLoading.load(site.config)
    if let asOf = site.asOf { config.asOf = asOf }
    if site.redact { config.redact = true }
    try config.check(source: site.config ?? "the command line")
    var options = BuildOptions(database: database ?? config.database ?? "porting.sqlite",
                               output: site.output ?? config.output ?? "output",
                               theme: site.theme ?? config.theme ?? "default", config: config)
    options.strict = site.strict
    options.wait = site.wait
    options.busyTimeout = site.busyTimeout
    let progress = Progress(enabled: !site.quiet && isatty(STDOUT_FILENO) == 1)
    let result = try SiteBuilder.build(options, log: { progress.finishLine(); Console.info($0) }, progress: progress.update)
    progress.finishLine()
    if result.errors + result.warnings > 0 {
        Console.error("portdash: warning: \(result.errors) row error(s) and \(result.warnings) warning(s) in \(options.database); listed on \(options.output)/problems/index.html and by `portdash check`")
    }
    let line = "Built \(result.orders) orders: \(result.pagesRendered) pages rendered, \(result.filesWritten) files written, \(result.filesUnchanged) unchanged, \(result.filesRemoved) removed in \(String(format: "%.2f", result.seconds)) s"
    Console.info(line)
    if let path = site.report { try BuildReportFile.write(result, options: options, to: path) }
    if announceIndex {
        let index = URL(fileURLWithPath: options.output).appendingPathComponent("index.html").standardizedFileURL.path
        Console.info("Open \(index)")
    }
}
