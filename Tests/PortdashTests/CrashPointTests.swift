import Foundation
import Publisher
import TestSupport
import Testing

/// A build killed before any one of its file-system operations (create, write, link, unlink, mkdir,
/// rename, exchange, the manifest) leaves the previous site or the new one, never a mix, and the next
/// build succeeds. The crash-point hook (`PORTDASH_TEST_CRASH_AT=N`) kills the real binary with SIGKILL
/// just before its Nth operation; the test walks every N of a steady-state incremental build and of
/// a cold build.
@Suite("Killed at every file-system operation")
struct CrashPointTests {
    let cli = CommandRunner()

    func run(_ arguments: [String], in folder: TemporaryFolder, crashAt n: Int? = nil) throws -> CommandRunner.Result {
        try cli.run(arguments, in: folder.path, environment: n.map { [CrashPointFileSystem.variable: "\($0)"] } ?? [:])
    }

    /// How many file-system operations a build made, from the hook's closing line.
    func operations(_ result: CommandRunner.Result) -> Int {
        Int(result.stderr.components(separatedBy: "portdash: test: ").last?.split(separator: " ").first ?? "") ?? 0
    }

    /// Copies a folder as it is (hard links between its entries kept), through `cp -a`.
    func copy(_ from: String, _ to: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/cp")
        process.arguments = ["-a", from, to]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "cp -a \(from) \(to): \(message)")
    }

    @Test("every crash point of a steady-state incremental build and of a cold build", arguments: ["incremental", "cold"])
    func crashPoints(kind: String) throws {
        let folder = TemporaryFolder("crash-\(kind)")
        let database = try Fixture.database(Fixture.smallValid, in: folder, name: "porting.sqlite")
        let change = "UPDATE orders SET owner_name = 'Maria Garcia-Lopez', updated_at = '2026-11-21T00:00:00Z' WHERE id = 'PO-2'"
        #expect(try run(["build", "--output", "previous", "--quiet"], in: folder).status == 0)
        try Fixture.raw(change, at: database)
        #expect(try run(["build", "--output", "new", "--quiet"], in: folder).status == 0)
        let previous = TreeSnapshot(folder.file("previous")), new = TreeSnapshot(folder.file("new"))
        #expect(!previous.sameContent(as: new))
        let output = folder.file("output"), staging = folder.file(".output.portdash-staging")
        let saved = folder.file("saved")
        if kind == "incremental" {
            // Steady state: the previous site published, and the site before it kept as staging.
            #expect(try run(["build", "--quiet"], in: folder).status == 0)
            try Fixture.raw("UPDATE orders SET owner_name = 'Maria Garcia', updated_at = '2026-10-09T10:00:00Z' WHERE id = 'PO-2'", at: database)
            #expect(try run(["build", "--quiet"], in: folder).status == 0)
            #expect(TreeSnapshot(output).sameContent(as: previous))
            try FileManager.default.createDirectory(atPath: saved, withIntermediateDirectories: true)
            try copy(output, saved)
            try copy(staging, saved)
            try Fixture.raw(change, at: database)
        }
        func restore() throws {
            for path in [output, staging] where FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
            if kind == "incremental" {
                try copy("\(saved)/output", output)
                try copy("\(saved)/.output.portdash-staging", staging)
            }
        }
        try restore()
        let total = operations(try run(["build", "--quiet"], in: folder, crashAt: 0))
        #expect(total > 20, "the hook counted \(total) operations")
        for n in 1...max(1, total) {
            try restore()
            let crashed = try run(["build", "--quiet"], in: folder, crashAt: n)
            #expect(crashed.signaled && crashed.status == SIGKILL, "crash point \(n) of \(total): the build was not killed there")
            #expect(crashed.stderr.hasPrefix("portdash: test crash point \(n): "), "crash point \(n): \(crashed.stderr)")
            let now = TreeSnapshot(output)
            let untouched = kind == "cold" ? !FileManager.default.fileExists(atPath: output) : now.sameContent(as: previous)
            #expect(untouched || now.sameContent(as: new), "crash point \(n) of \(total) (\(crashed.stderr)): neither the previous nor the new site")
            let next = try run(["build", "--quiet"], in: folder)
            #expect(next.status == 0, "after crash point \(n): \(next.stderr)")
            #expect(TreeSnapshot(output).sameContent(as: new), "after crash point \(n): the next build is not the new site")
        }
    }
}
