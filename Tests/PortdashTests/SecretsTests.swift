import Dashboard
import Foundation
import GRDB
import OrderStore
import TestSupport
import Testing

/// Every PIN and every full account number of a database is looked for in every file the build
/// writes (pages, exports, search shards, the report) and in its log lines, raw and in each escaping
/// the output uses. Account numbers may appear only on LOA pages, and not there with maskAccountOnLoa.
@Suite("Secrets never reach the output")
struct SecretsTests {
    func variants(_ secret: String) -> Set<String> {
        let json = JSONText.string(secret)
        return [secret, HTMLEscape.escape(secret), String(json.dropFirst().dropLast()), CSV.cell(secret)]
    }

    func leaks(in folder: String, secrets: [String: String], allowed: (String) -> Bool) -> [String] {
        var found: [String] = []
        for file in TemporaryFolder.files(under: folder) where !allowed(file) {
            guard let data = FileManager.default.contents(atPath: "\(folder)/\(file)") else { continue }
            for (secret, label) in secrets {
                for variant in variants(secret) where data.range(of: Data(variant.utf8)) != nil {
                    found.append("\(label) in \(file)")
                }
            }
        }
        return found
    }

    @Test("no PIN anywhere, no full account number outside the LOA pages (and none with maskAccountOnLoa)", arguments: [false, true])
    func secrets(maskOnLoa: Bool) throws {
        let folder = TemporaryFolder("secrets")
        let database = folder.file("porting.sqlite")
        _ = try DemoDatabase.write(to: database, orders: 40, seed: 4)
        let (pins, accounts) = try DatabaseQueue(path: database).read { db in
            (
                try String.fetchAll(db, sql: "SELECT pin FROM orders WHERE pin IS NOT NULL"),
                try String.fetchAll(db, sql: "SELECT account_number FROM orders WHERE account_number IS NOT NULL")
            )
        }
        #expect(pins.count >= 5 && accounts.count == 40)
        if maskOnLoa { folder.write("portdash.json", "{\"maskAccountOnLoa\": true}") }
        let run = try CommandRunner().run(["build", "--theme", SiteInspection.defaultTheme, "--report", "report.json"], in: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        var secrets: [String: String] = [:]
        for pin in pins { secrets[pin] = "PIN \(pin)" }
        let out = folder.file("output")
        #expect(leaks(in: out, secrets: secrets, allowed: { _ in false }) == [])
        for account in accounts { secrets[account] = "account number \(account)" }
        let isLoa: (String) -> Bool = { $0.hasPrefix("loa/") }
        #expect(leaks(in: out, secrets: secrets, allowed: maskOnLoa ? { _ in false } : isLoa) == [])
        for (secret, label) in secrets {
            for variant in variants(secret) {
                #expect(!run.stdout.contains(variant) && !run.stderr.contains(variant), "\(label) in the log")
                #expect(!SiteInspection.text(folder.path, "report.json").contains(variant), "\(label) in the report")
            }
        }
        // The LOA carries the account number unless masked: the check above would see a leak there.
        let loas = TemporaryFolder.files(under: out).filter(isLoa)
        let shown = loas.filter { loa in accounts.contains { SiteInspection.text(out, loa).contains($0) } }
        #expect(maskOnLoa ? shown.isEmpty : shown.count == loas.count)
    }
}
