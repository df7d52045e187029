import Foundation
import GRDB
import TestSupport
import Testing

/// Whole sites built with PORTDASH_TEST_REFERENCE=1, which renders every page through the compiled
/// plan and through swift-mustache from the same models and stops (exit 70) at the first byte that
/// differs: every page kind, on demo data and on hostile data.
@Suite("Every page renders as swift-mustache renders it")
struct ReferenceRenderTests {
    static let environment = ["PORTDASH_TEST_REFERENCE": "1"]

    @Test("a demo site: summary, orders, LOAs, lists, carriers, aging, changes, temporary numbers, inventory, problems")
    func demo() throws {
        let folder = TemporaryFolder()
        let result = try CommandRunner().run(
            ["demo", "--orders", "150", "--seed", "11", "--database", "d.sqlite", "--output", "out", "--theme", SiteInspection.defaultTheme],
            in: folder.path, environment: Self.environment)
        #expect(result.status == 0, "\(result.stderr)")
        let pages = TemporaryFolder.files(under: folder.file("out")).filter { $0.hasSuffix(".html") }
        // Every kind of page was rendered (and so compared).
        for kind in ["index.html", "loa/", "carriers/", "aging/", "changes/", "temp-numbers/", "inventory/", "problems/", "orders/"] {
            #expect(pages.contains { $0.contains(kind) }, "no \(kind) page")
        }
    }

    @Test("a hostile site, and the check catches a difference")
    func hostile() throws {
        let folder = TemporaryFolder()
        let database = try HostileSiteTests().database(folder, seed: HostileSiteTests.seed)
        let build = ["build", "--database", database, "--output", "out", "--theme", SiteInspection.defaultTheme, "--as-of", "2026-11-20T00:00:00Z"]
        let result = try CommandRunner().run(build, in: folder.path, environment: Self.environment)
        #expect(result.status == 0, "\(result.stderr)")
        // A quote followed by a combining mark is one Character, which swift-mustache leaves
        // unescaped; the compiled plan escapes it, so the check must stop the build.
        let queue = try DatabaseQueue(path: database)
        try queue.write { try $0.execute(sql: "UPDATE orders SET owner_name = ?", arguments: ["\"\u{301} onmouseover=x"]) }
        let caught = try CommandRunner().run(build, in: folder.path, environment: Self.environment)
        #expect(caught.status == 70)
        #expect(caught.stderr.contains("differs from swift-mustache"), "\(caught.stderr)")
    }
}
