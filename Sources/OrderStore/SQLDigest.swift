import GRDB
import GRDBSQLite

/// `portdash_digest(a, b, ...)`: an SQL aggregate giving a 64-bit digest of its rows, so SQLite
/// can tell portdash whether a table (or an order's rows in it, with `GROUP BY order_id`) changed
/// without handing every row to Swift.
///
/// Each row is hashed over every argument's type and bytes (eight bytes at a time, then a 64-bit finaliser), and the
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
        for i in 0..<Int(count) {
            let value = values?[i]
            let type = sqlite3_value_type(value)
            mix(&hash, UInt64(type))
            switch type {
            case SQLITE_NULL: break
            case SQLITE_INTEGER: mix(&hash, UInt64(bitPattern: sqlite3_value_int64(value)))
            case SQLITE_FLOAT: mix(&hash, sqlite3_value_double(value).bitPattern)
            case SQLITE_BLOB:
                let length = Int(sqlite3_value_bytes(value))
                mix(&hash, UnsafeRawPointer(sqlite3_value_blob(value)), length)
            default:
                let bytes = UnsafeRawPointer(sqlite3_value_text(value))
                mix(&hash, bytes, Int(sqlite3_value_bytes(value)))
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

    /// Mixes one 64-bit word into a row's hash (a multiply and a shift: each word moves every later bit).
    @inline(__always)
    static func mix(_ hash: inout UInt64, _ word: UInt64) {
        hash = (hash ^ word) &* 0x9e37_79b9_7f4a_7c15
        hash ^= hash >> 29
    }

    /// Mixes `length` bytes eight at a time, then the last few and the length, so "ab" + "c" and
    /// "a" + "bc" differ.
    @inline(__always)
    static func mix(_ hash: inout UInt64, _ bytes: UnsafeRawPointer?, _ length: Int) {
        var offset = 0
        if let bytes {
            while offset + 8 <= length {
                mix(&hash, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while offset < length {
                tail |= UInt64(bytes.load(fromByteOffset: offset, as: UInt8.self)) << shift
                shift += 8
                offset += 1
            }
            mix(&hash, tail)
        }
        mix(&hash, UInt64(length))
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
