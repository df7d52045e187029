import Dashboard
import FlyingFox
import Foundation
import Glibc
import SiteBuilder
import Theme

/// `portdash serve`: builds the site (incrementally, with the same lock, staging and swap as
/// `build`), serves the output folder over HTTP, rebuilds when the database, config or theme
/// changes (and at least once a minute), and tells open pages to reload when their file changed.
public final class SiteServer: @unchecked Sendable {
    let options: ServeOptions
    let live = LiveReload()
    let log: @Sendable (String) -> Void
    let stopping = NSLock()
    var stopped = false
    var signalSources: [any DispatchSourceSignal] = []

    public init(options: ServeOptions, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.log = log
    }

    /// Serves until SIGINT or SIGTERM; throws when the port cannot be had.
    public func run() async throws {
        let server = HTTPServer(address: try .inet(ip4: options.host, port: UInt16(options.port)), timeout: 30, logger: .disabled)
        let files = FileResponder(output: options.build.output, live: true)
        await server.appendRoute(HTTPRoute(stringLiteral: "GET \(LiveScript.path)")) { _ in
            var headers = HTTPHeaders()
            headers[.contentType] = "application/javascript; charset=utf-8"
            headers[.cacheControl] = "no-cache"
            return HTTPResponse(statusCode: .ok, headers: headers, body: Data(LiveScript.source.utf8))
        }
        await server.appendRoute(HTTPRoute(stringLiteral: "GET \(LiveScript.events)")) { [live] request in
            let page = LiveReload.page(request.query.first { $0.name == "page" }?.value ?? "")
            let stream = await live.connect(page: page)
            var headers = HTTPHeaders()
            headers[.contentType] = "text/event-stream"
            headers[.cacheControl] = "no-cache"
            return HTTPResponse(statusCode: .ok, headers: headers, body: HTTPBodySequence(from: EventBytes(chunks: stream)))
        }
        await server.appendRoute("*") { request in files.respond(to: request) }
        let serving = Task { try await server.run() }
        do {
            try await server.waitUntilListening(timeout: 5)
        } catch {
            serving.cancel()
            throw ServeError(
                "cannot listen on \(options.host):\(options.port): the port is in use or not allowed (pick another with --port)", exitStatus: 75)
        }
        if Task.isCancelled { return }
        log(
            "Serving \(options.build.output) at http://\(options.host):\(options.port)/ (no authentication: keep it on 127.0.0.1, or behind the company's proxy)"
        )
        installSignalHandlers(server)
        await buildLoop()
        _ = try? await serving.value
    }

    /// Checks the inputs every interval and builds when they moved or a minute has passed.
    func buildLoop() async {
        let theme = try? Theme.locate(options.build.theme)
        var last: InputSignature?
        var lastBuild = Date.distantPast
        var ticks = 0
        while !isStopped {
            let now = InputSignature.read(database: options.build.database, config: options.configFile, theme: theme)
            let due = Date().timeIntervalSince(lastBuild) >= options.rebuildEvery
            if now != last || due {
                let reason = last == nil ? "first build" : now != last ? "inputs changed" : "scheduled"
                last = now
                lastBuild = Date()
                await build(reason: reason)
            }
            ticks += 1
            if ticks % max(1, Int(15 / max(0.05, options.interval))) == 0 { await live.ping() }
            try? await Task.sleep(nanoseconds: UInt64(options.interval * 1_000_000_000))
        }
    }

    func build(reason: String) async {
        let options = self.options.build
        let outcome: Result<BuildResult, any Error> = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: Result { try SiteBuilder.build(options) })
            }
        }
        switch outcome {
        case .success(let result):
            var changed = Set(result.written)
            changed.formUnion(result.removed)
            await live.built(changed: changed)
            let reloads = changed.filter { $0.hasSuffix(".html") }.count
            log(
                "Rebuilt (\(reason)): \(result.pagesRendered) pages rendered, \(result.filesWritten) files written, "
                    + "\(result.filesRemoved) removed, \(reloads) page(s) to reload in \(String(format: "%.2f", result.seconds)) s")
        case .failure(let error):
            await live.failed("\(error)")
            log("portdash serve: \(error); serving the last good site")
        }
    }

    var isStopped: Bool { stopping.withLock { stopped } }

    /// SIGINT and SIGTERM stop serving at once. A build in flight is abandoned: the publisher swaps
    /// in complete sites only, so the published site stays whole, and the next build clears staging.
    func installSignalHandlers(_ server: HTTPServer) {
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { [self] in
                stopping.withLock { stopped = true }
                log("Stopping.")
                Task {
                    await live.closeAll()
                    await server.stop(timeout: 0.5)
                    exit(0)
                }
                DispatchQueue.global().asyncAfter(deadline: .now() + 1.5) { exit(0) }
            }
            source.resume()
            signalSources.append(source)
        }
    }
}
