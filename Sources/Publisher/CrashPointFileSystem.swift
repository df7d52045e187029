import Foundation
import Glibc

/// The real disk, counting every operation that changes it, and ending the process with SIGKILL just
/// before operation `crashAt` (1-based): a test hook to prove a build killed at any point leaves the
/// last complete site. Used only when `PORTDASH_TEST_CRASH_AT` is set (`crashAt` 0 only counts).
public final class CrashPointFileSystem: FileSystem, @unchecked Sendable {
    /// The environment variable that turns the hook on.
    public static let variable = "PORTDASH_TEST_CRASH_AT"

    let real = LocalFileSystem()
    let crashAt: Int
    let lock = NSLock()
    var done = 0

    public init(crashAt: Int) {
        self.crashAt = crashAt
    }

    /// The hook the environment asks for, if any.
    public static func fromEnvironment() -> CrashPointFileSystem? {
        ProcessInfo.processInfo.environment[variable].flatMap(Int.init).map { CrashPointFileSystem(crashAt: $0) }
    }

    /// Operations done so far.
    public var operations: Int { lock.withLock { done } }

    func step(_ operation: String, _ path: String) {
        let n = lock.withLock {
            done += 1
            return done
        }
        guard n == crashAt else { return }
        FileHandle.standardError.write(Data("portdash: test crash point \(n): \(operation) \(path)\n".utf8))
        kill(getpid(), SIGKILL)
    }

    public func create(_ path: String) throws -> Int32 {
        step("create", path)
        return try real.create(path)
    }

    public func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws {
        step("write", path)
        try real.write(fd, bytes, path: path)
    }

    public func close(_ fd: Int32, path: String) throws { try real.close(fd, path: path) }

    public func makeFolder(_ path: String) throws {
        step("mkdir", path)
        try real.makeFolder(path)
    }

    public func link(_ existing: String, _ new: String) throws {
        step("link", new)
        try real.link(existing, new)
    }

    public func rename(_ from: String, _ to: String) throws {
        step("rename", from)
        try real.rename(from, to)
    }

    public func exchange(_ a: String, _ b: String) throws {
        step("exchange", a)
        try real.exchange(a, b)
    }

    public func removeFile(_ path: String) throws {
        step("unlink", path)
        try real.removeFile(path)
    }

    public func removeFolder(_ path: String) throws {
        step("rmdir", path)
        try real.removeFolder(path)
    }
}
