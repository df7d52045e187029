import Foundation
import Publisher

/// The real disk, except that one operation fails as a full or read-only disk would.
public final class FaultyFileSystem: FileSystem, @unchecked Sendable {
    public enum Fault: Sendable { case fullDisk, readOnly }

    let real = LocalFileSystem()
    let failAt: Int
    let fault: Fault
    let lock = NSLock()
    var writes = 0

    /// Fails the `failAt`-th write (counting from 1) with `fault`.
    public init(failAt: Int, fault: Fault = .fullDisk) {
        self.failAt = failAt
        self.fault = fault
    }

    func tick(_ path: String) throws {
        let n = lock.withLock {
            writes += 1; return writes
        }
        if n == failAt {
            switch fault {
            case .fullDisk: throw PublishError("cannot write \(path): No space left on device", .ioError)
            case .readOnly: throw PublishError("cannot create \(path): Read-only file system", .cannotCreate)
            }
        }
    }

    public func create(_ path: String) throws -> Int32 {
        if fault == .readOnly { try tick(path) }
        return try real.create(path)
    }

    public func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws {
        if fault == .fullDisk { try tick(path) }
        try real.write(fd, bytes, path: path)
    }

    public func close(_ fd: Int32, path: String) throws { try real.close(fd, path: path) }
    public func makeFolder(_ path: String) throws { try real.makeFolder(path) }
    public func link(_ existing: String, _ new: String) throws { try real.link(existing, new) }
    public func rename(_ from: String, _ to: String) throws { try real.rename(from, to) }
    public func exchange(_ a: String, _ b: String) throws { try real.exchange(a, b) }
    public func removeFile(_ path: String) throws { try real.removeFile(path) }
    public func removeFolder(_ path: String) throws { try real.removeFolder(path) }
}
