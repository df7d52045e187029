import Foundation
import Publisher

/// The real disk, except that one operation fails: a write on a full disk, a create on a read-only
/// folder, or the Nth operation of any kind (link, mkdir, unlink, rename, exchange) with an I/O error.
public final class FaultyFileSystem: FileSystem, @unchecked Sendable {
    public enum Fault: Sendable { case fullDisk, readOnly }

    /// The kinds of operation a fault can hit.
    public enum Operation: String, Sendable, CaseIterable {
        case create, write, link, mkdir, unlink, rename, exchange
    }

    let real = LocalFileSystem()
    let failAt: Int
    let operation: Operation
    let fault: Fault
    let lock = NSLock()
    var counts: [Operation: Int] = [:]

    /// Fails the `failAt`-th write (full disk) or create (read-only), counting from 1.
    public init(failAt: Int, fault: Fault = .fullDisk) {
        self.failAt = failAt
        self.fault = fault
        operation = fault == .fullDisk ? .write : .create
    }

    /// Fails the `failAt`-th operation of kind `operation` with an I/O error.
    public init(failing operation: Operation, at failAt: Int) {
        self.failAt = failAt
        self.operation = operation
        fault = .fullDisk
    }

    /// How many operations of each kind were made.
    public var made: [Operation: Int] { lock.withLock { counts } }

    func tick(_ kind: Operation, _ path: String) throws {
        let n = lock.withLock {
            counts[kind, default: 0] += 1
            return counts[kind]!
        }
        guard kind == operation, n == failAt else { return }
        switch (kind, fault) {
        case (.write, .fullDisk): throw PublishError("cannot write \(path): No space left on device", .ioError)
        case (.create, .readOnly): throw PublishError("cannot create \(path): Read-only file system", .cannotCreate)
        default: throw PublishError("cannot \(kind.rawValue) \(path): Input/output error", .ioError)
        }
    }

    public func create(_ path: String) throws -> Int32 {
        try tick(.create, path)
        return try real.create(path)
    }

    public func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws {
        try tick(.write, path)
        try real.write(fd, bytes, path: path)
    }

    public func close(_ fd: Int32, path: String) throws { try real.close(fd, path: path) }

    public func makeFolder(_ path: String) throws {
        try tick(.mkdir, path)
        try real.makeFolder(path)
    }

    public func link(_ existing: String, _ new: String) throws {
        try tick(.link, new)
        try real.link(existing, new)
    }

    public func rename(_ from: String, _ to: String) throws {
        try tick(.rename, from)
        try real.rename(from, to)
    }

    public func exchange(_ a: String, _ b: String) throws {
        try tick(.exchange, a)
        try real.exchange(a, b)
    }

    public func removeFile(_ path: String) throws {
        try tick(.unlink, path)
        try real.removeFile(path)
    }

    public func removeFolder(_ path: String) throws {
        try tick(.unlink, path)
        try real.removeFolder(path)
    }
}
