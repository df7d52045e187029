import Dashboard
import Foundation
import OrderStore
import PortingModel
import Publisher
import Theme

/// The pipeline: order database → page contexts → theme → publisher.
public enum SiteBuilder {
    /// Builds and publishes the site. Theme and database problems stop it before anything is written.
    public static func build(
        _ options: BuildOptions, log: (String) -> Void = { _ in },
        progress: @escaping (Int, Int) -> Void = { _, _ in }
    ) throws -> BuildResult {
        let start = Date()
        log("[1/5] Loading theme")
        // The theme's bytes and the database file's identity tell whether anything changed; the
        // theme is parsed, and the database opened, only when something did.
        let themeFiles = try Theme.read(folder: try Theme.locate(options.theme))
        let inputs = BuildInputs.key(
            database: options.database, config: options.config, themeFingerprint: themeFiles.fingerprint, strict: options.strict)
        let publisher = Publisher(output: options.output, fs: options.fileSystem)
        let lock = BuildLock(path: publisher.lockPath)
        try lock.acquire(wait: options.wait)
        defer { lock.release() }
        // Compiled on another core while the published manifest is read; a build that finds nothing
        // changed never asks for it. swift-mustache's syntax check is left out, and run below unless
        // the published site was built from these very bytes (`ThemeCheck`).
        let themeLoad = Eventually { () -> Result<Theme, ThemeError> in
            Result { () throws(ThemeError) in try Theme.load(themeFiles, syntaxVouched: true) }
        }
        try StageClock.measure("begin") { try publisher.begin() }
        var result = BuildResult()
        if let inputs, let previous = publisher.publishedManifest?.inputs, previous.hasPrefix(inputs + " "),
            publisher.keepEverything()
        {
            // Nothing this build reads has changed since the last one: the site is already right.
            result = BuildInputs.figures(previous, into: result)
            result.filesUnchanged = try publisher.finish().unchanged
            log("[5/5] Done: inputs unchanged since the last build")
            LeftToExit.keep(publisher, if: !options.freesMemory)
            result.seconds = Date().timeIntervalSince(start)
            return result
        }
        let theme: Theme, store: OrderDatabase
        do {
            (theme, result.themeSyntaxChecked) = try StageClock.measure("theme") {
                try ThemeCheck.finish(themeLoad, files: themeFiles, publisher: publisher)
            }
            log("[2/5] Opening \(options.database)")
            store = try OrderDatabase(path: options.database, busyTimeout: options.busyTimeout)
        } catch {
            publisher.abandon()
            throw error
        }
        publisher.expectChanges()
        do {
            log("[3/5] Rendering pages")
            if options.config.baseURL == nil {
                log("      Feeds not written: set baseURL in portdash.json (feeds need absolute links)")
            }
            var findings: [Finding] = []
            try store.read { snapshot in
                var run = try StageClock.measure("setup") { try SiteRun(snapshot: snapshot, options: options, theme: theme, publisher: publisher) }
                run.progress = progress
                try run.renderAll()
                findings = run.checks.findings
                result.pagesRendered = run.pagesRendered
                result.orders = run.orders
                result.journalRead = run.journalUsed
                result.textShardsMade = run.textShardsMade
                LeftToExit.keep(run, if: !options.freesMemory)
            }
            result.findings = findings
            result.errors = findings.filter { $0.severity == .error }.count
            result.warnings = findings.count - result.errors
            if options.strict && result.errors > 0 {
                throw SiteBuildError(
                    "\(result.errors) row(s) in error and --strict is set: the site was not published (run `portdash check` for the list)", .dataError
                )
            }
            if let inputs { publisher.setInputs(BuildInputs.record(inputs, result)) }
            log("[4/5] Publishing")
            let report = try StageClock.measure("publish") { try publisher.finish() }
            result.written = report.written
            result.removed = report.removed
            result.filesWritten = report.written.count
            result.filesUnchanged = report.unchanged
            result.filesRemoved = report.removed.count
            result.swapped = report.swapped
            result.stagesKept = report.stagesKept
        } catch {
            publisher.abort()
            throw error
        }
        log("[5/5] Done")
        LeftToExit.keep((publisher, theme, store), if: !options.freesMemory)
        result.seconds = Date().timeIntervalSince(start)
        return result
    }
}
