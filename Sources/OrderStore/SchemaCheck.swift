import GRDB

/// Checks a database against the contract: version first, then every table and column portdash reads.
struct SchemaCheck {
    let path: String

    func run(_ db: Database) throws {
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        if version > Schema.version {
            throw StoreError(
                .newerVersion,
                "database \(path) has schema version \(version), newer than the version \(Schema.version) this portdash reads; upgrade portdash")
        }
        if version == 0 {
            let hasOrders = try Bool.fetchOne(db, sql: "SELECT count(*) > 0 FROM sqlite_master WHERE name = 'orders'") ?? false
            if !hasOrders {
                throw StoreError(
                    .notPortdash,
                    "database \(path) is not a portdash order database (no orders table, PRAGMA user_version is 0); create one with `portdash init`")
            }
            throw StoreError(
                .olderVersion,
                "database \(path) has PRAGMA user_version 0; a database that satisfies contract version \(Schema.version) says so with `PRAGMA user_version = \(Schema.version)`"
            )
        }
        for table in Schema.tables {
            let present = try String.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?)", arguments: [table.name])
            if present.isEmpty {
                throw StoreError(
                    .missingTable, "database \(path) has no table \(table.name) (contract version \(Schema.version) needs it; see `portdash schema`)")
            }
            let have = Set(present.map { $0.lowercased() })
            for column in table.columns where !have.contains(column) {
                throw StoreError(
                    .missingColumn,
                    "database \(path): table \(table.name) has no column \(column) (contract version \(Schema.version) needs it; see `portdash schema`)"
                )
            }
        }
    }
}
