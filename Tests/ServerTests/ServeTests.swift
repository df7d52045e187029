import Foundation
import TestSupport
import Testing

/// `portdash serve` through the real binary: serving right, live reload of exactly the pages that
/// changed, a broken theme shown and the last site kept, and its lifecycle.
@Suite("portdash serve", .serialized)
struct ServeTests {
    /// A running `portdash serve` on a free port, stopped with SIGTERM when done.
    final class Serving {
        let process = Process()
        let port = HTTPProbe.freePort()
        let log = Pipe()

        init(in folder: TemporaryFolder, _ extra: [String] = []) throws {
            process.executableURL = URL(fileURLWithPath: CommandRunner.binary)
            process.arguments = ["serve", "--port", "\(port)", "--interval", "0.1"] + extra
            process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
            process.standardOutput = log
            process.standardError = log
            try process.run()
            let deadline = Date().addingTimeInterval(20)
            while Date() < deadline {
                if let page = try? HTTPProbe.request(port, "/index.html", timeout: 1), page.status == 200 { return }
                Thread.sleep(forTimeInterval: 0.1)
            }
            Issue.record("serve did not answer on port \(port)")
        }

        /// Stops it with `signal` and returns its exit status, whether it ended by the signal, and the seconds it took.
        func stop(_ signal: Int32 = SIGTERM) -> (status: Int32, signaled: Bool, seconds: Double) {
            let start = Date()
            kill(process.processIdentifier, signal)
            let deadline = Date().addingTimeInterval(10)
            while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            return (process.terminationStatus, process.terminationReason == .uncaughtSignal, Date().timeIntervalSince(start))
        }

        deinit { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
    }

    /// Text received on another thread.
    final class Received: @unchecked Sendable {
        private let lock = NSLock()
        private var value = ""
        func set(_ text: String) { lock.withLock { value = text } }
        var text: String { lock.withLock { value } }
    }

    func site() throws -> TemporaryFolder {
        let folder = TemporaryFolder("serve")
        _ = try Fixture.database(Fixture.smallValid, in: folder, name: "porting.sqlite")
        try FileManager.default.copyItem(atPath: SiteInspection.defaultTheme, toPath: folder.file("theme"))
        folder.write("portdash.json", "{\"theme\": \"./theme\"}")
        return folder
    }

    @Test("pages, folders and files are served with the hosted site's headers; HEAD and conditional GET work")
    func serving() throws {
        let folder = try site()
        let server = try Serving(in: folder)
        let index = try HTTPProbe.request(server.port, "/")
        #expect(index.status == 200)
        #expect(index.headers["content-type"] == "text/html; charset=utf-8")
        #expect(index.headers["cache-control"] == "no-cache")
        #expect(index.headers["content-security-policy"]?.contains("script-src 'self'") == true)
        #expect(index.headers["x-content-type-options"] == "nosniff")
        #expect(index.text.contains("<script src=\"/__portdash/live.js\" defer></script></head>"))
        #expect(!SiteInspection.text(folder.file("output"), "index.html").contains("__portdash"), "the live script is in build's output")
        #expect(try HTTPProbe.request(server.port, "/orders/po-1.html").text.contains("PO-1"))
        let redirect = try HTTPProbe.request(server.port, "/problems")
        #expect(redirect.status == 301 && redirect.headers["location"] == "/problems/")
        let css = try HTTPProbe.request(server.port, "/assets/portdash.css")
        #expect(css.headers["content-type"] == "text/css; charset=utf-8" && css.headers["cache-control"] == "public, max-age=300")
        #expect(try HTTPProbe.request(server.port, "/exports/orders/part-0001.csv").headers["content-type"] == "text/csv; charset=utf-8")
        let head = try HTTPProbe.request(server.port, "/assets/portdash.css", method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty && head.headers["content-length"] == css.headers["content-length"])
        let etag = try #require(css.headers["etag"])
        #expect(try HTTPProbe.request(server.port, "/assets/portdash.css", headers: ["If-None-Match": etag]).status == 304)
        let modified = try #require(index.headers["last-modified"])
        #expect(try HTTPProbe.request(server.port, "/index.html", headers: ["If-Modified-Since": modified]).status == 304)
        #expect(try HTTPProbe.request(server.port, "/index.html", headers: ["If-None-Match": "\"other\""]).status == 200)
        #expect(server.stop().status == 0)
    }

    static let outside = [
        "/../porting.sqlite", "/%2e%2e/porting.sqlite", "/orders/..%2f..%2fporting.sqlite", "/%2E%2E%2Fporting.sqlite",
        "/.portdash-manifest", "/orders/../../porting.sqlite", "/leak", "/leak/passwd", "/..", "/.output.portdash-lock",
        "/%00", "/orders/%2e%2e/%2e%2e/portdash.json", "/orders/po-1/../../../portdash.json",
    ]

    @Test("paths that leave the output folder (encoded or not, or through a symlink) and portdash's own files answer 404")
    func traversal() throws {
        let folder = try site()
        let server = try Serving(in: folder)
        try FileManager.default.createSymbolicLink(atPath: folder.file("output/leak"), withDestinationPath: "/etc")
        for target in Self.outside {
            let response = try HTTPProbe.request(server.port, target)
            #expect(response.status == 404, "\(target) answered \(response.status)")
            #expect(!response.text.contains("SQLite") && !response.text.contains("root:") && !response.text.contains("theme"), "\(target)")
        }
        #expect(try HTTPProbe.request(server.port, "/index.html").status == 200)
        _ = server.stop()
    }

    @Test("a change to the database reloads the pages it changed, and no other")
    func liveReload() throws {
        let folder = try site()
        let server = try Serving(in: folder)
        let other = Received()
        let port = server.port
        let changed = try HTTPProbe.events(server.port, "/__portdash/events?page=orders/po-3.html", for: 4) {
            DispatchQueue.global().async {
                other.set((try? HTTPProbe.events(port, "/__portdash/events?page=orders/po-1.html", for: 3.5)) ?? "failed")
            }
            Thread.sleep(forTimeInterval: 0.3)
            try Fixture.raw("UPDATE orders SET status = 'partially_completed' WHERE id = 'PO-3'", at: folder.file("porting.sqlite"))
        }
        Thread.sleep(forTimeInterval: 0.2)
        #expect(changed.contains("event: reload"), "\(changed)")
        #expect(other.text.contains("retry:") && !other.text.contains("event: reload"), "an unchanged page was told to reload: \(other.text)")
        #expect(try HTTPProbe.request(server.port, "/orders/po-3.html").text.contains("Partially completed"))
        _ = server.stop()
    }

    @Test("a theme edit reloads pages; a broken edit shows file:line and the last good site stays served")
    func themeEdits() throws {
        let folder = try site()
        let server = try Serving(in: folder)
        let template = folder.file("theme/templates/order.mustache")
        let original = try String(contentsOfFile: template, encoding: .utf8)
        let edited = try HTTPProbe.events(server.port, "/__portdash/events?page=orders/po-2.html", for: 3) {
            try original.replacingOccurrences(of: "<h1>Order", with: "<h1>Edited order").write(toFile: template, atomically: true, encoding: .utf8)
        }
        #expect(edited.contains("event: reload"), "\(edited)")
        #expect(try HTTPProbe.request(server.port, "/orders/po-2.html").text.contains("Edited order"))
        let broken = try HTTPProbe.events(server.port, "/__portdash/events?page=orders/po-2.html", for: 3) {
            try (original + "\n{{#unclosed}}\n").write(toFile: template, atomically: true, encoding: .utf8)
        }
        #expect(broken.contains("event: problem") && broken.contains("templates/order.mustache:"), "\(broken)")
        let page = try HTTPProbe.request(server.port, "/orders/po-2.html")
        #expect(page.status == 200 && page.text.contains("Edited order"), "the last good site is not served")
        _ = server.stop()
        let log = String(decoding: server.log.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains("templates/order.mustache:") && log.contains("serving the last good site"), "\(log)")
    }

    @Test("SIGTERM and SIGINT stop it within 2 s with the site whole; a second serve on the port exits 75", arguments: [SIGTERM, SIGINT])
    func lifecycle(_ signal: Int32) throws {
        let folder = try site()
        let server = try Serving(in: folder)
        let second = try CommandRunner().run(["serve", "--port", "\(server.port)"], in: folder.path)
        #expect(second.status == 75, "\(second.stderr)")
        #expect(second.stderr.contains("cannot listen on 127.0.0.1:\(server.port)"))
        try Fixture.raw("UPDATE orders SET owner_name = 'During Stop' WHERE id = 'PO-3'", at: folder.file("porting.sqlite"))
        Thread.sleep(forTimeInterval: 0.15)
        let stopped = server.stop(signal)
        #expect(stopped.status == 0 && !stopped.signaled && stopped.seconds < 2, "\(stopped)")
        let next = try CommandRunner().run(["build", "--quiet"], in: folder.path)
        #expect(next.status == 0, "\(next.stderr)")
        #expect(SiteInspection.text(folder.file("output"), "orders/po-3.html").contains("During Stop"))
    }

    @Test("a database that disappears keeps the last site served and says so; it picks up again when the database returns")
    func databaseGone() throws {
        let folder = try site()
        let server = try Serving(in: folder)
        try FileManager.default.moveItem(atPath: folder.file("porting.sqlite"), toPath: folder.file("away.sqlite"))
        Thread.sleep(forTimeInterval: 0.8)
        #expect(try HTTPProbe.request(server.port, "/orders/po-3.html").status == 200)
        try Fixture.raw("UPDATE orders SET owner_name = 'Came Back' WHERE id = 'PO-3'", at: folder.file("away.sqlite"))
        try FileManager.default.moveItem(atPath: folder.file("away.sqlite"), toPath: folder.file("porting.sqlite"))
        let deadline = Date().addingTimeInterval(5)
        var back = false
        while Date() < deadline && !back {
            back = (try? HTTPProbe.request(server.port, "/orders/po-3.html").text.contains("Came Back")) == true
            Thread.sleep(forTimeInterval: 0.1)
        }
        #expect(back)
        _ = server.stop()
        let log = String(decoding: server.log.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains("database porting.sqlite does not exist") && log.contains("serving the last good site"), "\(log)")
    }
}
