import GRDB
import GRDBSQLite

/// `portdash_digest(a, b, ...)`: an SQL aggregate giving a 64-bit digest of its rows, so SQLite
/// can tell portdash whether a table (or an order's rows in it, with `GROUP BY order_id`) changed
/// without handing every row to Swift.
///
/// Each row is hashed over every argument's type and bytes (FNV-1a, then a 64-bit finaliser), and the
/// row hashes are summed: the digest does not depend on the order SQLite visits rows in, and a
/// duplicated row still counts. Registered on the read connection as raw C callbacks: about a
/// million rows cost a fraction of a second.
enum SQLDigest {
    static let name = "portdash_digest"

    /// Registers the aggregate on a connection (idempotent).
    static func register(_ db: Database) {
        sqlite3_create_function_v2(
            db.sqliteConnection, name, -1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nil, nil, step, final, nil)
    }

    /// One row: adds its hash to the group's sum and counts it.
    private static let step: @convention(c) (OpaquePointer?, Int32, UnsafeMutablePointer<OpaquePointer?>?) -> Void = {
        context, count, values in
        guard let state = sqlite3_aggregate_context(context, 16)?.assumingMemoryBound(to: UInt64.self) else { return }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        func mix(_ word: UInt64) { for shift in stride(from: 0, to: 64, by: 8) { mix(UInt8(truncatingIfNeeded: word >> UInt64(shift))) } }
        for i in 0..<Int(count) {
            let value = values?[i]
            let type = sqlite3_value_type(value)
            mix(UInt8(truncatingIfNeeded: type))
            switch type {
            case SQLITE_NULL: break
            case SQLITE_INTEGER: mix(UInt64(bitPattern: sqlite3_value_int64(value)))
            case SQLITE_FLOAT: mix(sqlite3_value_double(value).bitPattern)
            case SQLITE_BLOB:
                let length = Int(sqlite3_value_bytes(value))
                if length > 0, let bytes = sqlite3_value_blob(value) {
                    for byte in UnsafeRawBufferPointer(start: bytes, count: length) { mix(byte) }
                }
                mix(UInt64(length))
            default:
                let bytes = sqlite3_value_text(value)
                let length = Int(sqlite3_value_bytes(value))
                if let bytes { for byte in UnsafeBufferPointer(start: bytes, count: length) { mix(byte) } }
                mix(UInt64(length))
            }
        }
        state[0] &+= finalise(hash)
        state[1] &+= 1
    }

    /// The group's digest: its sum of row hashes and its row count, mixed; 0 for no rows.
    private static let final: @convention(c) (OpaquePointer?) -> Void = { context in
        guard let state = sqlite3_aggregate_context(context, 0)?.assumingMemoryBound(to: UInt64.self) else {
            sqlite3_result_int64(context, 0)
            return
        }
        sqlite3_result_int64(context, Int64(bitPattern: finalise(state[0] ^ finalise(state[1]))))
    }

    /// MurmurHash3's 64-bit finaliser: spreads every input bit over the word, so sums of row
    /// hashes do not cancel the way sums of raw FNV values could.
    static func finalise(_ value: UInt64) -> UInt64 {
        var h = value
        h ^= h >> 33
        h &*= 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h &*= 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return h
    }
}
