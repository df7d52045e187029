import GRDB

/// The change journal: a table that triggers on every contract table append to, naming the table
/// and, for the order tables, the order id of each row written (old and new), so a rebuild learns
/// which orders changed without hashing every row.
///
/// It is optional: `init` installs it in the databases it creates (and adds it to a portdash
/// database without it); a database made some other way, or one whose contract tables are views,
/// has none, and a rebuild then compares SQLite's digests of every row, as before.
///
/// Only SQLite itself writes the journal, from any program that writes the database, through plain
/// SQL (the triggers use no portdash function). A build trusts it only while it can tell it is the
/// same journal it read last time (`ChangeJournal.Position`): the row it ended at is still there with
/// the same random token, and the schema is unchanged (`PRAGMA schema_version`). A database restored
/// from a backup, replaced by another file, trimmed past that row or altered fails that check, and
/// the build compares digests instead. A writer that turns triggers off (`SQLITE_DBCONFIG_ENABLE_TRIGGER`)
/// or edits the file's bytes is not seen: `portdash build --no-journal` ignores the journal.
public enum ChangeJournal {
    public static let table = "portdash_journal"
    /// Rows kept: the triggers trim older ones, a thousand at a time. A build that finds the row it
    /// ended at trimmed away compares digests instead.
    static let kept = 200_000

    /// The tables journaled, each with the column that names an order (nil: the table as a whole).
    static let sources: [(table: String, key: String?)] = [
        ("orders", "id"), ("order_numbers", "order_id"), ("order_events", "order_id"), ("order_notifications", "order_id"),
        ("temp_numbers", "order_id"), ("loa_signatures", "order_id"), ("phone_numbers", nil), ("carriers", nil), ("users", nil),
    ]

    /// The journal's SQL: the table, its first row, and the triggers.
    public static var sql: String {
        var out = """
            -- portdash change journal (optional): triggers name what each write changed.
            CREATE TABLE IF NOT EXISTS \(table) (
                seq    INTEGER PRIMARY KEY,
                tbl    TEXT NOT NULL,
                key,
                token  INTEGER NOT NULL DEFAULT (random())
            );
            INSERT INTO \(table) (tbl) VALUES ('\(table)');
            CREATE TRIGGER IF NOT EXISTS \(table)_trim AFTER INSERT ON \(table) WHEN NEW.seq % 1000 = 0
            BEGIN DELETE FROM \(table) WHERE seq <= NEW.seq - \(kept); END;

            """
        for source in sources {
            for (event, rows) in [("insert", ["NEW"]), ("update", ["OLD", "NEW"]), ("delete", ["OLD"])] {
                let inserts = rows.map { row in
                    let key = source.key.map { "\(row).\($0)" } ?? "NULL"
                    // A statement writing many rows of one order (a FOC for its thousand numbers)
                    // adds one journal row, not one per row.
                    return """
                        INSERT INTO \(table) (tbl, key) SELECT '\(source.table)', \(key) WHERE NOT EXISTS (
                          SELECT 1 FROM \(table) WHERE seq = (SELECT max(seq) FROM \(table)) AND tbl = '\(source.table)' AND key IS \(key));
                        """
                }
                out += "CREATE TRIGGER IF NOT EXISTS \(table)_\(source.table)_\(event) AFTER \(event.uppercased()) ON \(source.table)\nBEGIN\n"
                out += inserts.joined(separator: "\n") + "\nEND;\n"
            }
        }
        return out
    }

    /// Installs the journal, unless the database has it already. Throws if a contract table is a
    /// view (triggers cannot watch the tables behind it).
    public static func install(_ db: Database) throws {
        if try isInstalled(db) { return }
        // Triggers of an incomplete journal (some dropped, or following a renamed table) are made again.
        let stale = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name GLOB '\(table)_*'")
        for name in stale { try db.execute(sql: "DROP TRIGGER \"\(name)\"") }
        try db.execute(sql: sql)
    }

    /// Whether the journal table and all of its triggers are there, each on the table it watches: a
    /// table renamed away takes its triggers with it, and a table made again under the old name
    /// has none.
    static func isInstalled(_ db: Database) throws -> Bool {
        var triggers: [String: String] = [:]
        let rows = try Row.fetchCursor(
            db, sql: "SELECT name, tbl_name FROM sqlite_master WHERE type = 'trigger' AND name GLOB '\(table)_*'")
        while let row = try rows.next() { triggers[row[0] as String? ?? ""] = row[1] as String? ?? "" }
        let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '\(table)'") ?? 0
        return tables == 1 && triggers == expectedTriggers
    }

    /// Each trigger's name and the table it is on.
    static var expectedTriggers: [String: String] {
        var out = ["\(table)_trim": table]
        for source in sources {
            for event in ["insert", "update", "delete"] { out["\(table)_\(source.table)_\(event)"] = source.table }
        }
        return out
    }

    /// Where a build stopped reading the journal: its last row and that row's token, and the schema
    /// version then.
    public struct Position: Sendable, Equatable {
        public var seq: Int64
        public var token: Int64
        public var schemaVersion: Int64

        /// As the manifest keeps it.
        public var text: String { "\(seq) \(token) \(schemaVersion)" }
    }

    /// What changed since a position: the tables written and the order ids of the order tables' rows.
    public struct Changes: Sendable, Equatable {
        public var tables: Set<String> = []
        public var orderIds: Set<String> = []
    }
}

extension ChangeJournal.Position {
    /// Reads `text` back (an extension, so the memberwise initialiser stays).
    public init?(text: String) {
        let fields = text.split(separator: " ").compactMap { Int64($0) }
        guard fields.count == 3 else { return nil }
        self.init(seq: fields[0], token: fields[1], schemaVersion: fields[2])
    }
}

extension Snapshot {
    /// The journal's current position, or nil when the database has no complete journal.
    public func journalPosition() throws -> ChangeJournal.Position? {
        guard try ChangeJournal.isInstalled(db) else { return nil }
        let row = try Row.fetchOne(db, sql: "SELECT seq, token FROM \(ChangeJournal.table) ORDER BY seq DESC LIMIT 1")
        guard let row, let seq = row[0] as Int64?, let token = row[1] as Int64? else { return nil }
        let version = try Int64.fetchOne(db, sql: "PRAGMA schema_version") ?? 0
        return ChangeJournal.Position(seq: seq, token: token, schemaVersion: version)
    }

    /// What changed between `last` and `now` (both read from this database's journal), or nil when
    /// the journal cannot say: `last` was trimmed, belongs to another journal or schema, or a
    /// changed order id is not plain text (rows keyed by blobs or text with NUL bytes group by their
    /// text, which a lookup by id would not find).
    ///
    /// The row at `last` counts as changed too: a write after it to the same table and order adds no
    /// row of its own (the triggers skip a repeat of the last row).
    public func journalChanges(since last: ChangeJournal.Position, now: ChangeJournal.Position) throws -> ChangeJournal.Changes? {
        guard last.schemaVersion == now.schemaVersion, last.seq <= now.seq,
            try Int64.fetchOne(db, sql: "SELECT token FROM \(ChangeJournal.table) WHERE seq = ?", arguments: [last.seq]) == last.token
        else { return nil }
        var out = ChangeJournal.Changes()
        let orderTables = ChangeJournal.sources.filter { $0.key != nil }.map { "'\($0.table)'" }.joined(separator: ", ")
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT DISTINCT tbl, tbl IN (\(orderTables)), key,
                  typeof(key) = 'text' AND instr(CAST(key AS BLOB), x'00') = 0 AND instr(CAST(key AS BLOB), x'efbfbd') = 0
                FROM \(ChangeJournal.table) WHERE seq >= ?
                """, arguments: [last.seq])
        while let row = try rows.next() {
            let table: String = row[0]
            out.tables.insert(table)
            guard row[1] as Bool else { continue }
            guard row[3] as Bool, let id = row[2] as String? else { return nil }
            out.orderIds.insert(id)
        }
        out.tables.remove(ChangeJournal.table)
        return out
    }
}
