import GRDB
import GRDBSQLite
import Glibc

/// A query's rows read straight from SQLite's statement, without GRDB's `Row` and `DatabaseValue`
/// in between: the big tables are read this way (about a million rows each at 20,000 orders). Values
/// convert exactly as `Row.text` and `Row.integer` do.
final class FastRows {
    let statement: Statement
    let handle: OpaquePointer
    let database: Database

    /// `cached`: take the statement from the connection's cache (for one query run once per id).
    init(_ db: Database, sql: String, arguments: StatementArguments = StatementArguments(), cached: Bool = false) throws {
        database = db
        statement = try cached ? db.cachedStatement(sql: sql) : db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
        handle = statement.sqliteStatement
    }

    /// Moves to the next row; false at the end.
    func next() throws -> Bool {
        let code = sqlite3_step(handle)
        switch code {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(database.sqliteConnection)), sql: statement.sql)
        }
    }

    /// The column as text: NULL is nil, numbers as Swift prints them, blobs decoded as UTF-8.
    func text(_ index: Int) -> String? {
        let column = Int32(index)
        switch sqlite3_column_type(handle, column) {
        case SQLITE_NULL: return nil
        case SQLITE_INTEGER: return String(sqlite3_column_int64(handle, column))
        case SQLITE_FLOAT: return String(sqlite3_column_double(handle, column))
        case SQLITE_BLOB: return bytes(column, sqlite3_column_blob(handle, column), stopAtNul: false)
        // As GRDB reads text (`String(cString:)`): up to the first NUL.
        default: return bytes(column, UnsafeRawPointer(sqlite3_column_text(handle, column)), stopAtNul: true)
        }
    }

    /// The column as an integer, when it holds one (a whole float or a numeric text counts).
    func integer(_ index: Int) -> Int64? {
        let column = Int32(index)
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER: return sqlite3_column_int64(handle, column)
        case SQLITE_FLOAT:
            let double = sqlite3_column_double(handle, column)
            return double.isFinite && double.rounded() == double ? Int64(exactly: double) : nil
        case SQLITE_TEXT: return text(index).flatMap { Int64($0) }
        default: return nil
        }
    }

    private func bytes(_ column: Int32, _ pointer: UnsafeRawPointer?, stopAtNul: Bool) -> String {
        var count = Int(sqlite3_column_bytes(handle, column))
        guard let pointer, count > 0 else { return "" }
        if stopAtNul { count = strnlen(pointer.assumingMemoryBound(to: CChar.self), count) }
        return String(decoding: UnsafeRawBufferPointer(start: pointer, count: count), as: UTF8.self)
    }
}
