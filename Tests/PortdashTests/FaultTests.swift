import Foundation
import OrderStore
import TestSupport
import Testing

/// Structural problems and faults stop the build with their own exit code, and the last good site stays.
@Suite("Faults keep the last good site")
struct FaultTests {
    let folder = TemporaryFolder("faults")
    let cli = CommandRunner()

    func goodSite() throws -> TreeSnapshot {
        _ = try Fixture.database(Fixture.smallValid, in: folder, name: "porting.sqlite")
        let first = try cli.run(["build", "--theme", SiteInspection.defaultTheme, "--quiet"], in: folder.path)
        #expect(first.status == 0, "\(first.stderr)")
        return TreeSnapshot(folder.file("output"))
    }

    @Test("a table dropped after a good build: exit 65 naming it, the site untouched")
    func missingTable() throws {
        let before = try goodSite()
        try Fixture.raw("DROP TABLE loa_signatures;", at: folder.file("porting.sqlite"))
        let result = try cli.run(["build", "--theme", SiteInspection.defaultTheme], in: folder.path)
        #expect(result.status == 65)
        #expect(
            result.stderr
                == "portdash: error: database porting.sqlite has no table loa_signatures (contract version 1 needs it; see `portdash schema`)\n")
        #expect(TreeSnapshot(folder.file("output")) == before)
    }

    @Test("a database locked by a writer past the busy timeout: exit 75, the site untouched")
    func locked() throws {
        let before = try goodSite()
        try Fixture.raw("UPDATE orders SET owner_name = 'Changed' WHERE id = 'PO-3';", at: folder.file("porting.sqlite"))
        let writer = try Fixture.lockExclusively(folder.file("porting.sqlite"))
        let result = try cli.run(["build", "--theme", SiteInspection.defaultTheme, "--busy-timeout", "0.3"], in: folder.path)
        writer.release()
        #expect(result.status == 75)
        #expect(result.stderr == "portdash: error: database porting.sqlite is locked by another process; try again later\n")
        #expect(TreeSnapshot(folder.file("output")) == before)
    }

    @Test("a broken config is refused before anything is written, exit 65")
    func brokenConfig() throws {
        let before = try goodSite()
        folder.write("portdash.json", "{\"timeZone\": \"Mars/Olympus_Mons\"}")
        let result = try cli.run(["build", "--theme", SiteInspection.defaultTheme], in: folder.path)
        #expect(result.status == 65)
        #expect(
            result.stderr
                == "portdash: error: config portdash.json: timeZone \"Mars/Olympus_Mons\" is not an IANA time zone (for example America/Los_Angeles)\n"
        )
        folder.write("portdash.json", "{\"title\": 42}")
        let typed = try cli.run(["build", "--theme", SiteInspection.defaultTheme], in: folder.path)
        #expect(typed.status == 65)
        #expect(typed.stderr.hasPrefix("portdash: error: config portdash.json: title has the wrong type"))
        #expect(TreeSnapshot(folder.file("output")) == before)
    }

    @Test("--strict refuses to publish a database with rows in error, exit 65; without it the build warns and exits 0")
    func strict() throws {
        let before = try goodSite()
        try Fixture.raw("UPDATE orders SET status = 'approved' WHERE id = 'PO-3';", at: folder.file("porting.sqlite"))
        let strict = try cli.run(["build", "--theme", SiteInspection.defaultTheme, "--strict"], in: folder.path)
        #expect(strict.status == 65)
        #expect(
            strict.stderr
                == "portdash: error: 1 row(s) in error and --strict is set: the site was not published (run `portdash check` for the list)\n")
        #expect(TreeSnapshot(folder.file("output")) == before)
        let lenient = try cli.run(["build", "--theme", SiteInspection.defaultTheme, "--quiet"], in: folder.path)
        #expect(lenient.status == 0)
        #expect(lenient.stdout == "")
        #expect(
            lenient.stderr
                == "portdash: warning: 1 row error(s) and 0 warning(s) in porting.sqlite; listed on output/problems/index.html and by `portdash check`\n"
        )
    }

    @Test("no PIN reaches any output file or log line, and --redact hides names, addresses and emails")
    func secrets() throws {
        _ = try goodSite()
        let log = try cli.run(
            ["build", "--theme", SiteInspection.defaultTheme, "--output", "redacted", "--redact", "--report", "report.json"], in: folder.path)
        #expect(log.status == 0)
        for pin in ["SECRET-PIN-1", "SECRET-PIN-2"] {
            #expect(SiteInspection.files(in: folder.file("output"), containing: pin).isEmpty)
            #expect(SiteInspection.files(in: folder.file("redacted"), containing: pin).isEmpty)
            #expect(!log.stdout.contains(pin) && !log.stderr.contains(pin))
            #expect(!SiteInspection.text(folder.path, "report.json").contains(pin))
        }
        for secret in ["Maria Garcia", "10 Main St", "maria@northwind.example", "it@northwind.example"] {
            #expect(SiteInspection.files(in: folder.file("redacted"), containing: secret).isEmpty, "\(secret)")
        }
        #expect(SiteInspection.text(folder.file("redacted"), "orders/po-2.html").contains("M. G."))
        let report = try JSONSerialization.jsonObject(with: Data(SiteInspection.text(folder.path, "report.json").utf8)) as? [String: Any]
        #expect(report?["orders"] as? Int == 3)
        #expect((report?["files_written"] as? Int ?? 0) > 10)
        #expect(report?["row_errors"] as? Int == 0)
        #expect((report?["written"] as? [String])?.contains("index.html") == true)
        #expect(!SiteInspection.text(folder.file("output"), "orders/po-2.html").contains("123456789"))
    }
}
