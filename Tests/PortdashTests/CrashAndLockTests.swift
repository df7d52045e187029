import Foundation
import Publisher
import TestSupport
import Testing

@Suite("Killed builds and concurrent builds", .serialized)
struct CrashAndLockTests {
    let cli = CommandRunner()

    /// Starts `portdash` without waiting.
    func start(_ arguments: [String], in folder: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandRunner.binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Two states of the same database, toggled so every build has work to do.
    func toggle(_ database: String, to state: Int) throws {
        try Fixture.raw(
            state == 1
                ? "UPDATE orders SET owner_name = owner_name || ' Jr', updated_at = '2026-11-21T00:00:00Z' WHERE rowid % 2 = 0"
                : "UPDATE orders SET owner_name = substr(owner_name, 1, length(owner_name) - 3), updated_at = '2026-11-20T00:00:00Z' WHERE rowid % 2 = 0",
            at: database)
    }

    @Test("a second build exits 75 naming the running build, or waits with --wait")
    func busy() throws {
        let folder = TemporaryFolder("busy")
        #expect(try cli.run(["demo", "--no-build", "--orders", "5"], in: folder.path).status == 0)
        let lock = BuildLock(path: folder.file(".output.portdash-lock"))
        try lock.acquire(wait: false)
        let refused = try cli.run(["build"], in: folder.path)
        #expect(refused.status == 75)
        #expect(
            refused.stderr
                == "portdash: error: another build (process \(getpid())) is publishing to this output folder; try again later, or pass --wait to wait for it\n"
        )
        let waiting = try start(["build", "--wait", "--quiet"], in: folder.path)
        Thread.sleep(forTimeInterval: 0.5)
        #expect(waiting.isRunning)
        lock.release()
        waiting.waitUntilExit()
        #expect(waiting.terminationStatus == 0)
        #expect(FileManager.default.fileExists(atPath: folder.file("output/index.html")))
    }
}
