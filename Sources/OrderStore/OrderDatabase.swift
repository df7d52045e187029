import Foundation
import GRDB
import PortingModel

/// The order database, opened read-only and checked against the contract.
///
/// Opening never creates a file. Reading happens inside one read transaction (`read(_:)`), so a
/// porting system writing meanwhile cannot tear what portdash sees.
public final class OrderDatabase: Sendable {
    public let path: String
    let queue: DatabaseQueue

    /// Opens the database at `path` read-only and checks its version, tables and columns.
    ///
    /// - Parameter busyTimeout: how long to wait for a writer's lock before failing with exit 75.
    public init(path: String, busyTimeout: TimeInterval = 5) throws(StoreError) {
        self.path = path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw StoreError(.missingFile, "database \(path) does not exist (create one with `portdash init --database \(path)` or `portdash demo`)")
        }
        guard !isFolder.boolValue else {
            throw StoreError(.unreadable, "database \(path) is a folder, not a SQLite file")
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw StoreError(.unreadable, "database \(path) cannot be read (permission denied)")
        }
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(busyTimeout)
        config.label = "portdash.read"
        do {
            queue = try DatabaseQueue(path: path, configuration: config)
            try queue.read { db in try SchemaCheck(path: path).run(db) }
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.translate(error, path: path)
        }
    }

    /// Runs `body` inside one read transaction: everything it reads is one consistent snapshot.
    public func read<T>(_ body: (Snapshot) throws -> T) throws -> T {
        do {
            return try queue.read { db in
                SQLDigest.register(db)
                return try body(Snapshot(db: db, path: path))
            }
        } catch let error as DatabaseError {
            throw Self.translate(error, path: path)
        }
    }

    static func translate(_ error: any Error, path: String) -> StoreError {
        guard let error = error as? DatabaseError else {
            return StoreError(.readFailed, "database \(path): \(error)")
        }
        switch error.resultCode {
        case .SQLITE_NOTADB:
            return StoreError(.notADatabase, "database \(path) is not a SQLite database (file is not a database)")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError(.busy, "database \(path) is locked by another process; try again later")
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH:
            return StoreError(.unreadable, "database \(path) cannot be opened: \(error.message ?? "\(error.resultCode)")")
        case .SQLITE_CORRUPT:
            return StoreError(.notADatabase, "database \(path) is corrupt: \(error.message ?? "malformed")")
        default:
            return StoreError(.readFailed, "database \(path) could not be read: \(error.message ?? "\(error.resultCode)")")
        }
    }
}
