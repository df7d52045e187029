import Foundation
import GRDB
import OrderStore

/// Order databases built from SQL text, one per test.
public enum Fixture {
    /// A database at the current contract version with `sql` applied after the schema.
    public static func database(_ sql: String, in folder: TemporaryFolder, name: String = "orders.sqlite") throws -> String {
        let path = folder.file(name)
        _ = try DatabaseCreator.create(at: path)
        try raw(sql, at: path)
        return path
    }

    /// Runs SQL on a database file (creating it if missing), with no schema applied.
    public static func raw(_ sql: String, at path: String) throws {
        guard !sql.isEmpty else { return }
        var config = Configuration()
        config.foreignKeysEnabled = false  // fixtures hold the broken references real data has
        let queue = try DatabaseQueue(path: path, configuration: config)
        try queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
        try queue.close()
    }

    /// The integer a query returns (a count), read from the database at `path`.
    public static func count(_ sql: String, at path: String) throws -> Int {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { try Int.fetchOne($0, sql: sql) } ?? 0
    }

    /// A small, valid data set: two carriers, two users, and three orders covering the page kinds.
    public static let smallValid = """
        INSERT INTO carriers VALUES (1, 'AT&T', '9102'), (2, 'Verizon', '6006');
        INSERT INTO users VALUES (1, 'Ada Lovelace', 'ada@newtel.example', '1001'), (2, 'Grace Hopper', 'grace@newtel.example', '1002');
        INSERT INTO orders (id, status, subscriber_type, owner_name, business_name, address_line1, city, region, postal_code,
                            country, losing_carrier_id, account_number, pin, btn, assign_temp_numbers, created_at, submitted_at,
                            updated_at, foc_date, completed_at, restarted_from)
        VALUES
          ('PO-1', 'cancelled', 'business', 'Maria Garcia', 'Northwind Dental', '10 Main St', 'San Jose', 'CA', '95113', 'US',
           1, '123456789', 'SECRET-PIN-1', '+14085550100', 0, '2026-10-01T10:00:00Z', '2026-10-02T10:00:00Z',
           '2026-10-05T10:00:00Z', NULL, NULL, NULL),
          ('PO-2', 'foc_confirmed', 'business', 'Maria Garcia', 'Northwind Dental', '10 Main St', 'San Jose', 'CA', '95113', 'US',
           1, '123456789', 'SECRET-PIN-2', '+14085550100', 1, '2026-10-06T10:00:00Z', '2026-10-07T10:00:00Z',
           '2026-10-09T10:00:00Z', '2026-10-12', NULL, 'PO-1'),
          ('PO-3', 'completed', 'residential', 'John Smith', NULL, '5 Oak Ave', 'Austin', 'TX', '78701', 'US',
           2, '987654321', NULL, '+15125550150', 0, '2026-09-01T10:00:00Z', '2026-09-02T10:00:00Z',
           '2026-09-20T10:00:00Z', '2026-09-20', '2026-09-20T10:00:00Z', NULL);
        INSERT INTO order_numbers VALUES
          ('PO-1', '+14085550100', 'rejected', NULL, 'BTN_MISMATCH', 'The billing telephone number does not match.', NULL),
          ('PO-1', '+14085550101', 'rejected', NULL, 'BTN_MISMATCH', 'The billing telephone number does not match.', NULL),
          ('PO-2', '+14085550100', 'foc_confirmed', '2026-10-12', NULL, NULL, NULL),
          ('PO-2', '+14085550101', 'foc_confirmed', '2026-10-12', NULL, NULL, NULL),
          ('PO-3', '+15125550150', 'ported', '2026-09-20', NULL, NULL, '2026-09-20T10:00:00Z');
        INSERT INTO order_events (order_id, at, from_status, to_status, actor, note) VALUES
          ('PO-1', '2026-10-01T10:00:00Z', NULL, 'draft', 'portal', 'Order created'),
          ('PO-1', '2026-10-04T10:00:00Z', 'submitted', 'exception', 'carrier', 'Rejected: BTN mismatch'),
          ('PO-1', '2026-10-05T10:00:00Z', 'exception', 'cancelled', 'ops', 'Restarted as PO-2'),
          ('PO-2', '2026-10-06T10:00:00Z', NULL, 'draft', 'portal', 'Order created'),
          ('PO-2', '2026-10-09T10:00:00Z', 'submitted', 'foc_confirmed', 'carrier', 'FOC 2026-10-12'),
          ('PO-3', '2026-09-20T10:00:00Z', 'foc_confirmed', 'completed', 'carrier', 'All numbers ported');
        INSERT INTO order_notifications VALUES ('PO-2', 'it@northwind.example'), ('PO-2', 'owner@northwind.example');
        INSERT INTO temp_numbers VALUES ('PO-2', '+14085550100', '+14085550190', '2026-10-07T10:00:00Z', NULL, 'active');
        INSERT INTO phone_numbers VALUES
          ('+15125550150', 'ported', 'active', 1, 'PO-3', '2026-09-20T10:00:00Z'),
          ('+14085550190', 'temporary', 'active', 2, 'PO-2', '2026-10-07T10:00:00Z'),
          ('+12125550177', 'claimed', 'active', NULL, NULL, '2026-01-01T00:00:00Z');
        INSERT INTO loa_signatures VALUES ('PO-2', 'Maria Garcia', 'Owner', 'maria@northwind.example', '2026-10-06T11:00:00Z', '2026-01');
        """
}

extension Fixture {
    /// A database at the current version whose tables have no NOT NULL constraints, so rows can
    /// hold the NULLs real data has.
    public static func looseDatabase(_ sql: String, in folder: TemporaryFolder, name: String = "loose.sqlite") throws -> String {
        let path = folder.file(name)
        let loose = Schema.sql.replacingOccurrences(of: " NOT NULL", with: "")
            .replacingOccurrences(of: "PRIMARY KEY (order_id, number)", with: "UNIQUE (order_id, number)")
        try raw(loose + "\nPRAGMA user_version = 1;\n" + sql, at: path)
        return path
    }

    /// Holds an exclusive lock on a database from another process (the sqlite3 tool), as a porting
    /// system in the middle of a write does. Call `release` on the result to let go.
    public static func lockExclusively(_ path: String) throws -> ExclusiveLock {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data("BEGIN EXCLUSIVE;\nSELECT 'locked';\n".utf8))
        // Wait until the lock is held.
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("locked") {
            seen.append(output.fileHandleForReading.availableData)
        }
        return ExclusiveLock(process: process, input: input)
    }
}

/// A lock held by a sqlite3 process.
public final class ExclusiveLock: @unchecked Sendable {
    let process: Process
    let input: Pipe

    init(process: Process, input: Pipe) {
        self.process = process
        self.input = input
    }

    public func release() {
        input.fileHandleForWriting.write(Data("ROLLBACK;\n.quit\n".utf8))
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
