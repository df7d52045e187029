import Dispatch
import Foundation
import GRDB
import PortingModel

/// Something read on a second read connection, on another core, while the build reads on the
/// first: table digests, every order's digests. Only for a database in a rollback-journal mode:
/// there, while the first connection's read transaction holds its shared lock, no writer can
/// commit, so a second connection that starts reading meanwhile sees the very same rows. In WAL
/// mode it could see a later commit, so nothing is prefetched (`Snapshot.prefetch` returns nil)
/// and the caller reads on the first connection as before.
public struct Prefetch<Value: Sendable>: Sendable {
    fileprivate let read: Eventually<Value?>

    /// The value read; nil when the second connection could not read (a writer waiting for its
    /// lock, say): then read it on the first.
    public func wait() -> Value? { read.value }

    /// Whether the read is done (`wait` would not wait).
    public var isReady: Bool { read.isReady }

    static func read(path: String, label: String, _ body: @Sendable (Snapshot) throws -> Value) -> Value? {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .immediateError  // never wait on a writer that waits on the first connection
        config.label = "portdash.\(label)"
        return try? DatabaseQueue(path: path, configuration: config).read { db in
            SQLDigest.register(db)
            return try body(Snapshot(db: db, path: path))
        }
    }
}

let prefetchQueue = DispatchQueue(label: "portdash.prefetch")

/// A table digest to compute: a table and its columns (nil: every contract column).
public typealias DigestRequest = (table: String, columns: [String]?)

extension Snapshot {
    /// Starts `body` on a second connection, if the database's journal mode makes that see the
    /// same rows as this one (see `Prefetch`). Prefetches run one at a time, in the order they were
    /// started, so the first one asked for is not slowed by the later ones.
    public func prefetch<Value: Sendable>(_ label: String, _ body: @escaping @Sendable (Snapshot) throws -> Value) throws -> Prefetch<Value>? {
        guard let path = try secondConnectionPath() else { return nil }
        return Prefetch(read: Eventually(on: prefetchQueue) { Prefetch.read(path: path, label: label, body) })
    }

    /// The database's path, when a second connection opened now sees the same rows as this one
    /// (a rollback-journal mode, with this connection holding its shared lock); nil otherwise.
    func secondConnectionPath() throws -> String? {
        guard let path, try String.fetchOne(db, sql: "PRAGMA journal_mode")?.lowercased() != "wal" else { return nil }
        _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master")  // this connection holds its shared lock
        return path
    }

    /// Starts computing the digests of `requests` (as `digest(_:columns:)` gives them, in order) on
    /// a second connection, where the journal mode allows.
    public func prefetchDigests(_ requests: [DigestRequest]) throws -> Prefetch<[String]>? {
        try prefetch("digests") { snapshot in try requests.map { try snapshot.digest($0.table, columns: $0.columns) } }
    }
}
