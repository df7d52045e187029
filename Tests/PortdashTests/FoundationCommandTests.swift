import Foundation
import TestSupport
import Testing

@Suite("The foundation commands, run as a user would")
struct FoundationCommandTests {
    let folder = TemporaryFolder("cli")
    let cli = CommandRunner()

    @Test("init creates a database, schema prints the SQL, check passes on it")
    func initSchemaCheck() throws {
        let created = try cli.run(["init", "--database", "new.sqlite"], in: folder.path)
        #expect(created.status == 0)
        #expect(created.stdout == "Created new.sqlite (order database contract version 1).\n")
        let schema = try cli.run(["schema"])
        #expect(schema.stdout.contains("CREATE TABLE orders ("))
        let check = try cli.run(["check", "--database", "new.sqlite"], in: folder.path)
        #expect(check.status == 0)
        #expect(check.stdout == "new.sqlite: 0 errors, 0 warnings\n")
    }

    @Test("init refuses a file that is not a database, exit 73")
    func initRefuses() throws {
        folder.write("notes.txt", "keep me")
        let result = try cli.run(["init", "--database", "notes.txt"], in: folder.path)
        #expect(result.status == 73)
        #expect(result.stderr == "portdash: error: refusing to touch notes.txt: it exists and is not a SQLite database\n")
    }

    @Test("check on a missing file exits 66 and creates nothing; on a text file exits 65")
    func checkMissing() throws {
        let missing = try cli.run(["check", "--database", "missing.sqlite"], in: folder.path)
        #expect(missing.status == 66)
        #expect(missing.stderr.hasPrefix("portdash: error: database missing.sqlite does not exist"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("missing.sqlite")))
        folder.write("text.sqlite", String(repeating: "not sqlite at all\n", count: 40))
        let text = try cli.run(["check", "--database", "text.sqlite"], in: folder.path)
        #expect(text.status == 65)
        #expect(text.stderr == "portdash: error: database text.sqlite is not a SQLite database (file is not a database)\n")
    }

    @Test("check lists bad rows and exits 65")
    func checkBadRows() throws {
        _ = try Fixture.database(Fixture.smallValid + "UPDATE orders SET status = 'approved' WHERE id = 'PO-3';", in: folder, name: "bad.sqlite")
        let result = try cli.run(["check", "--database", "bad.sqlite"], in: folder.path)
        #expect(result.status == 65)
        #expect(result.stdout == "error: orders[PO-3].status: unknown status \"approved\"\nbad.sqlite: 1 error, 0 warnings\n")
    }

    @Test("demo --no-build writes a database that checks clean; bad --orders is a usage error")
    func demo() throws {
        let result = try cli.run(["demo", "--no-build", "--database", "demo.sqlite", "--orders", "30", "--seed", "3"], in: folder.path)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Wrote demo.sqlite: 30 orders"))
        #expect(try cli.run(["check", "--database", "demo.sqlite"], in: folder.path).status == 0)
        let again = try cli.run(["demo", "--no-build", "--database", "demo.sqlite", "--orders", "30"], in: folder.path)
        #expect(again.status == 73)
        #expect(try cli.run(["demo", "--orders", "0"], in: folder.path).status == 64)
    }
}
