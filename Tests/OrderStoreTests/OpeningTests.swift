import Foundation
import OrderStore
import PortingModel
import TestSupport
import Testing

@Suite("Opening the order database")
struct OpeningTests {
    let folder = TemporaryFolder("open")

    func failure(_ path: String) -> StoreError? {
        do {
            _ = try OrderDatabase(path: path)
            return nil
        } catch {
            return error
        }
    }

    @Test("a missing file is an input error and no file is created")
    func missing() {
        let path = folder.file("nope.sqlite")
        let error = failure(path)
        #expect(error?.message == "database \(path) does not exist (create one with `portdash init --database \(path)` or `portdash demo`)")
        #expect(error?.exitStatus == .noInput)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("a text file is a data error")
    func textFile() {
        let path = folder.write("notes.sqlite", String(repeating: "these are not the orders you are looking for\n", count: 50))
        let error = failure(path)
        #expect(error?.message == "database \(path) is not a SQLite database (file is not a database)")
        #expect(error?.exitStatus == .dataError)
    }

    @Test("a database missing a table names the table")
    func missingTable() throws {
        let path = try Fixture.database("DROP TABLE temp_numbers;", in: folder)
        let error = failure(path)
        #expect(error?.message == "database \(path) has no table temp_numbers (contract version 1 needs it; see `portdash schema`)")
        #expect(error?.exitStatus == .dataError)
    }

    @Test("a database missing a column names the table and column")
    func missingColumn() throws {
        let path = try Fixture.database("ALTER TABLE orders DROP COLUMN foc_date;", in: folder)
        #expect(
            failure(path)?.message == "database \(path): table orders has no column foc_date (contract version 1 needs it; see `portdash schema`)")
    }

    @Test("a newer schema version is refused")
    func newer() throws {
        let path = try Fixture.database("PRAGMA user_version = 2;", in: folder)
        #expect(failure(path)?.message == "database \(path) has schema version 2, newer than the version 1 this portdash reads; upgrade portdash")
    }

    @Test("an unrelated SQLite database is not a portdash database")
    func unrelated() throws {
        let path = folder.file("other.sqlite")
        try Fixture.raw("CREATE TABLE notes(id INTEGER);", at: path)
        #expect(
            failure(path)?.message
                == "database \(path) is not a portdash order database (no orders table, PRAGMA user_version is 0); create one with `portdash init`")
    }

    @Test("views over an integrator's own tables satisfy the contract")
    func views() throws {
        let path = try Fixture.database(
            """
            DROP TABLE carriers;
            CREATE TABLE their_carriers(carrier_no INTEGER, carrier_name TEXT);
            INSERT INTO their_carriers VALUES (1, 'AT&T');
            CREATE VIEW carriers AS SELECT carrier_no AS id, carrier_name AS name, NULL AS spid FROM their_carriers;
            """, in: folder)
        let carriers = try OrderDatabase(path: path).read { try $0.carriers() }
        #expect(carriers[1]?.name == "AT&T")
    }
}
