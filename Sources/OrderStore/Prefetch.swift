import Dispatch
import Foundation
import GRDB

/// Table digests computed on a second read connection, on another core, while the build reads on
/// the first. Only for a database in a rollback-journal mode: there, while the first connection's
/// read transaction holds its shared lock, no writer can commit, so a second connection that starts
/// reading meanwhile sees the very same rows. In WAL mode it could see a later commit, so nothing is
/// prefetched (`Snapshot.prefetchDigests` returns nil) and the digests are computed on the first connection as before.
public final class DigestPrefetch: @unchecked Sendable {
    /// A digest to compute: a table and its columns (nil: every contract column).
    public typealias Request = (table: String, columns: [String]?)

    private let done = DispatchSemaphore(value: 0)
    private var results: [String]?

    fileprivate init() {}

    /// The digests of `requests`, as `digest(_:columns:)` gives them, in order; nil when the second
    /// connection could not read (a writer waiting for its lock, say): then compute them here.
    public func wait() -> [String]? {
        done.wait()
        done.signal()
        return results
    }

    fileprivate func run(path: String, requests: [Request]) {
        defer { done.signal() }
        var config = Configuration()
        config.readonly = true
        config.busyMode = .immediateError  // never wait on a writer that waits on the first connection
        config.label = "portdash.prefetch"
        results = try? DatabaseQueue(path: path, configuration: config).read { db in
            SQLDigest.register(db)
            let snapshot = Snapshot(db: db, path: path)
            return try requests.map { try snapshot.digest($0.table, columns: $0.columns) }
        }
    }
}

extension Snapshot {
    /// Starts computing `requests` on a second connection, if the database's journal mode makes
    /// that see the same rows as this one (see `DigestPrefetch`).
    public func prefetchDigests(_ requests: [DigestPrefetch.Request]) throws -> DigestPrefetch? {
        guard let path, try String.fetchOne(db, sql: "PRAGMA journal_mode")?.lowercased() != "wal" else { return nil }
        _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master")  // this connection holds its shared lock
        let prefetch = DigestPrefetch()
        DispatchQueue.global().async { prefetch.run(path: path, requests: requests) }
        return prefetch
    }
}
