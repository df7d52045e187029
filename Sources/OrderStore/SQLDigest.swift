import CSQLDigest
import GRDB

/// `portdash_digest(a, b, ...)`: an SQL aggregate giving a 64-bit digest of its rows, so SQLite
/// can tell portdash whether a table changed without handing every row to Swift; and
/// `portdash_digest_row(a, b, ...)`, one row's hash, which `Snapshot.orderDigests` sums per order.
///
/// Each row is hashed over every argument's type and bytes (eight bytes at a time, then a 64-bit finaliser), and the
/// row hashes are summed: the digest does not depend on the order SQLite visits rows in, and a
/// duplicated row still counts. Registered on the read connection as C callbacks: about a million
/// rows cost a fraction of a second.
enum SQLDigest {
    static let name = "portdash_digest"
    /// `portdash_digest_row(a, b, ...)`: one row's hash, which the aggregate sums.
    static let rowName = "portdash_digest_row"

    /// Registers both functions on a connection (idempotent). They are C (`CSQLDigest`): SQLite
    /// calls them once per row, about 530 instructions a row against 680 as a Swift closure.
    static func register(_ db: Database) {
        _ = portdash_digest_register(UnsafeMutableRawPointer(db.sqliteConnection), name, rowName)
    }

    /// MurmurHash3's 64-bit finaliser, as the aggregate uses it: spreads every input bit over the
    /// word, so sums of row hashes do not cancel the way sums of raw values could.
    static func finalise(_ value: UInt64) -> UInt64 { portdash_digest_finalise(value) }

    /// What the aggregate gives for rows whose `rowName` hashes sum to `sum` over `count` rows.
    static func group(sum: UInt64, count: UInt64) -> UInt64 { portdash_digest_group(sum, count) }
}
