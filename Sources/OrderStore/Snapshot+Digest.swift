import GRDB

/// Digests computed by SQLite (`portdash_digest`), so a rebuild learns what changed without
/// reading the rows into Swift. `updated_at` is never trusted: a digest covers every column asked for.
extension Snapshot {
    /// A digest of `columns` (by default every contract column) of every row of a contract table, as
    /// 16 hex digits.
    public func digest(_ table: String, columns: [String]? = nil) throws -> String {
        guard let known = Schema.tables.first(where: { $0.name == table }) else { preconditionFailure("not a contract table: \(table)") }
        let list = (columns ?? known.columns).joined(separator: ", ")
        let value = try Int64.fetchOne(db, sql: "SELECT \(SQLDigest.name)(\(list)) FROM \(table)") ?? 0
        return String(UInt64(bitPattern: value), radix: 16)
    }
}
