import Foundation
import OrderStore
import TestSupport
import Testing

@Suite("Creating a database")
struct InitTests {
    let folder = TemporaryFolder("init")

    @Test("init creates a database at the current version that opens cleanly")
    func create() throws {
        let path = folder.file("new.sqlite")
        #expect(try DatabaseCreator.create(at: path) == .created)
        let count = try OrderDatabase(path: path).read { try $0.count("orders") }
        #expect(count == 0)
        #expect(try DatabaseCreator.create(at: path) == .alreadyCurrent)
    }

    @Test("init accepts an empty file")
    func emptyFile() throws {
        let path = folder.write("empty.sqlite", "")
        #expect(try DatabaseCreator.create(at: path) == .created)
    }

    @Test("init refuses a file that is not SQLite, and leaves it untouched")
    func refuseText() throws {
        let path = folder.write("notes.txt", "keep me")
        #expect(throws: StoreError.self) { try DatabaseCreator.create(at: path) }
        do { _ = try DatabaseCreator.create(at: path) } catch {
            #expect(error.message == "refusing to touch \(path): it exists and is not a SQLite database")
            #expect(error.exitStatus == .cannotCreate)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "keep me")
    }

    @Test("init refuses another application's SQLite database")
    func refuseForeign() throws {
        let path = folder.file("crm.sqlite")
        try Fixture.raw("CREATE TABLE customers(id INTEGER);", at: path)
        do {
            _ = try DatabaseCreator.create(at: path)
            Issue.record("expected a refusal")
        } catch {
            #expect(
                error.message == "refusing to touch \(path): it is a SQLite database with other tables (schema version 0), not a portdash database")
        }
    }
}
