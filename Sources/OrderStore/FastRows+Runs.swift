import GRDBSQLite
import Glibc

/// A column's value as SQLite holds it (its type and bytes, unconverted): rows read in table order
/// are mostly in runs of one order's rows, and a run ends where this value changes.
struct RunKey {
    var type: Int32 = SQLITE_NULL
    var integer: Int64 = 0
    var bytes: [UInt8] = []
}

extension FastRows {
    /// The column's value, for `isSame`.
    func runKey(_ index: Int) -> RunKey {
        var key = RunKey()
        key.type = sqlite3_column_type(handle, Int32(index))
        withRawValue(index, type: key.type) { integer, bytes in
            key.integer = integer
            key.bytes = Array(bytes)
        }
        return key
    }

    /// Whether the column holds exactly `key`'s value (type and bytes), without converting it.
    func isSame(_ index: Int, as key: RunKey) -> Bool {
        let column = Int32(index)
        let type = sqlite3_column_type(handle, column)
        guard type == key.type else { return false }
        if type == SQLITE_TEXT {
            // The usual case, kept short: it runs once per row of every table digested.
            let count = Int(sqlite3_column_bytes(handle, column))
            guard count == key.bytes.count else { return false }
            guard count > 0, let text = sqlite3_column_text(handle, column) else { return true }
            return key.bytes.withUnsafeBytes { memcmp($0.baseAddress!, text, count) == 0 }
        }
        return withRawValue(index, type: type) { integer, bytes in
            integer == key.integer && bytes.count == key.bytes.count
                && key.bytes.withUnsafeBytes { bytes.count == 0 || memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
        }
    }

    /// The column's 64-bit integer as SQLite gives it, for a column that holds one (a digest).
    func int64(_ index: Int) -> Int64 { sqlite3_column_int64(handle, Int32(index)) }

    /// Calls `body` with the column's integer (a float's bits) and its text or blob bytes, as stored.
    private func withRawValue<T>(_ index: Int, type: Int32, _ body: (Int64, UnsafeRawBufferPointer) -> T) -> T {
        let column = Int32(index)
        switch type {
        case SQLITE_INTEGER: return body(sqlite3_column_int64(handle, column), UnsafeRawBufferPointer(start: nil, count: 0))
        case SQLITE_FLOAT:
            return body(Int64(bitPattern: sqlite3_column_double(handle, column).bitPattern), UnsafeRawBufferPointer(start: nil, count: 0))
        case SQLITE_BLOB:
            let pointer = sqlite3_column_blob(handle, column)
            return body(0, UnsafeRawBufferPointer(start: pointer, count: pointer == nil ? 0 : Int(sqlite3_column_bytes(handle, column))))
        case SQLITE_TEXT:
            let pointer = UnsafeRawPointer(sqlite3_column_text(handle, column))
            return body(0, UnsafeRawBufferPointer(start: pointer, count: pointer == nil ? 0 : Int(sqlite3_column_bytes(handle, column))))
        default: return body(0, UnsafeRawBufferPointer(start: nil, count: 0))
        }
    }
}
