import GRDB
import PortingModel

/// A child-table cursor sorted by order id, from which the rows of one order at a time are taken.
///
/// Keys compare as UTF-8 bytes, which is SQLite's BINARY collation, so the merge agrees with
/// `ORDER BY` whatever the ids contain.
struct MergeCursor<T> {
    let rows: FastRows
    let decode: (FastRows) -> T
    let key: (T) -> String
    var pending: T?
    /// `pending`'s key, read once when it is decoded.
    var pendingKey = ""
    var exhausted = false

    init(rows: FastRows, decode: @escaping (FastRows) -> T, key: @escaping (T) -> String) {
        self.rows = rows
        self.decode = decode
        self.key = key
    }

    /// The rows whose key equals `id`; rows with smaller keys (orphans) are skipped.
    mutating func take(_ id: String) throws -> [T] {
        var out: [T] = []
        while true {
            if pending == nil {
                guard !exhausted, try rows.next() else { exhausted = true; return out }
                let row = decode(rows)
                pendingKey = key(row)
                pending = row
            }
            let valueKey = pendingKey
            if valueKey.sameBytes(as: id) {
                // Moved out, not copied: a build takes every event and temporary number this way.
                out.append(pending.take()!)
            } else if valueKey.bytesPrecede(id) {
                pending = nil
            } else {
                return out
            }
        }
    }
}
