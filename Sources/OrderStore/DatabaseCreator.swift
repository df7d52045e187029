import Foundation
import GRDB

/// Creates order databases at the current contract version (`portdash init`).
public enum DatabaseCreator {
    /// What `create(at:)` did.
    public enum Outcome: Sendable, Equatable {
        case created
        case alreadyCurrent
        /// A current portdash database without the change journal, which `create` added.
        case journalAdded
    }

    /// The contract's migrations, in order. Each sets `PRAGMA user_version` to its version.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: Schema.sql)
            try db.execute(sql: "PRAGMA user_version = 1")
        }
        return migrator
    }

    /// Creates an empty database at `path` with the change journal (`ChangeJournal`), or adds the
    /// journal to a current portdash database without it, or leaves one with it as it is.
    ///
    /// Refuses any existing file that is neither empty, an empty SQLite database, nor a portdash
    /// database; and, with `journal` false, creates the database without the journal.
    public static func create(at path: String, journal: Bool = true) throws(StoreError) -> Outcome {
        if FileManager.default.fileExists(atPath: path) {
            switch try inspect(path) {
            case .current:
                guard journal else { return .alreadyCurrent }
                do {
                    let queue = try DatabaseQueue(path: path)
                    defer { try? queue.close() }
                    let added = try queue.write { db in
                        if try ChangeJournal.isInstalled(db) { return false }
                        try ChangeJournal.install(db)
                        return true
                    }
                    return added ? .journalAdded : .alreadyCurrent
                } catch {
                    throw StoreError(.refusedInit, "cannot add the change journal to \(path): \(error)")
                }
            case .blank: break
            }
        }
        do {
            let queue = try DatabaseQueue(path: path)
            try migrator.migrate(queue)
            if journal { try queue.write { try ChangeJournal.install($0) } }
            try queue.close()
            return .created
        } catch {
            throw StoreError(.refusedInit, "cannot create database \(path): \(error)")
        }
    }

    /// Opens a new database at `path` with the contract applied and no journal yet, for writers
    /// such as the demo (which adds the journal once its rows are in).
    static func openForWriting(_ path: String) throws -> DatabaseQueue {
        _ = try create(at: path, journal: false)
        return try DatabaseQueue(path: path)
    }

    enum Existing { case blank, current }

    static func inspect(_ path: String) throws(StoreError) -> Existing {
        let header = FileManager.default.contents(atPath: path).map { $0.prefix(16) } ?? Data()
        if header.isEmpty { return .blank }
        guard header == Data("SQLite format 3\0".utf8) else {
            throw StoreError(.refusedInit, "refusing to touch \(path): it exists and is not a SQLite database")
        }
        do {
            var config = Configuration()
            config.readonly = true
            let queue = try DatabaseQueue(path: path, configuration: config)
            let (version, tables) = try queue.read { db in
                (
                    try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
                    try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'") ?? 0
                )
            }
            try queue.close()
            if tables == 0 && version == 0 { return .blank }
            if version == Schema.version { return .current }
            throw StoreError(
                .refusedInit,
                "refusing to touch \(path): it is a SQLite database with other tables (schema version \(version)), not a portdash database")
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.refusedInit, "refusing to touch \(path): it cannot be read as a SQLite database (\(error))")
        }
    }
}
