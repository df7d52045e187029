import Dashboard
import Foundation
import OrderStore
import Publisher
import SiteBuilder
import TestSupport
import Testing

/// Every kind of file-system operation the publisher makes can fail: the build then stops with its
/// exit code and the published site stays as it was, and the next build publishes the new site.
/// A failed atomic exchange takes the fallback of two renames and still publishes.
@Suite("Faults in every file-system operation")
struct SeamFaultTests {
    let folder = TemporaryFolder("seam")

    func options(_ output: String = "out", fileSystem: (any FileSystem)? = nil) -> BuildOptions {
        var options = BuildOptions(
            database: folder.file("orders.sqlite"), output: folder.file(output), theme: SiteInspection.defaultTheme, config: SiteConfig())
        if let fileSystem { options.fileSystem = fileSystem }
        return options
    }

    /// A published site and a change, with the previous site kept as staging (the steady state).
    func prepare() throws -> TreeSnapshot {
        _ = try Fixture.database(Fixture.smallValid, in: folder)
        _ = try SiteBuilder.build(options())
        try Fixture.raw("UPDATE orders SET owner_name = 'Second Owner' WHERE id = 'PO-3'", at: folder.file("orders.sqlite"))
        _ = try SiteBuilder.build(options())
        // A change to another order, so the pages the last build wrote must be relinked into staging.
        try Fixture.raw("UPDATE orders SET owner_name = 'Other Owner' WHERE id = 'PO-1'", at: folder.file("orders.sqlite"))
        return TreeSnapshot(folder.file("out"))
    }

    @Test(
        "a failure in any kind of operation stops the build and keeps the site, cold or incremental",
        arguments: [
            FaultyFileSystem.Operation.create, .write, .link, .mkdir, .unlink, .rename,
        ])
    func failure(_ operation: FaultyFileSystem.Operation) throws {
        let before = try prepare()
        _ = try SiteBuilder.build(options("expected"))
        let expected = TreeSnapshot(folder.file("expected"))
        var failed = 0
        for (output, at) in [("out", 1), ("out", 2), ("fresh", 1), ("fresh", 3)] {
            let faulty = FaultyFileSystem(failing: operation, at: at)
            do {
                _ = try SiteBuilder.build(options(output, fileSystem: faulty))
                #expect((faulty.made[operation] ?? 0) < at, "\(operation) \(at) into \(output): the operation was made and did not fail")
                #expect(TreeSnapshot(folder.file(output)).sameContent(as: expected))
            } catch {
                failed += 1
                #expect("\(error)".contains("cannot \(operation.rawValue)"), "\(operation) \(at): \(error)")
                if output == "out" {
                    #expect(TreeSnapshot(folder.file("out")) == before, "\(operation) \(at): the published site changed")
                } else {
                    #expect(!FileManager.default.fileExists(atPath: folder.file(output)), "\(operation) \(at): a half-built site was published")
                }
            }
        }
        #expect(failed >= 1, "\(operation): no build made this operation, so no failure was tested")
        for output in ["out", "fresh"] {
            _ = try SiteBuilder.build(options(output))
            #expect(TreeSnapshot(folder.file(output)).sameContent(as: expected), "\(operation): the next build into \(output)")
        }
    }

    @Test("a file system without an atomic exchange publishes through the two-rename fallback")
    func exchangeFallback() throws {
        _ = try prepare()
        let faulty = FaultyFileSystem(failing: .exchange, at: 1)
        let result = try SiteBuilder.build(options(fileSystem: faulty))
        #expect(result.swapped)
        #expect(faulty.made[.exchange] == 1 && (faulty.made[.rename] ?? 0) >= 3)
        _ = try SiteBuilder.build(options("cold"))
        #expect(TreeSnapshot(folder.file("out")).sameContent(as: TreeSnapshot(folder.file("cold"))))
        #expect(!FileManager.default.fileExists(atPath: folder.file(".out.portdash-staging-old")))
        // And the next build, from the kept staging folder, is right too.
        try Fixture.raw("UPDATE orders SET owner_name = 'Fourth Owner' WHERE id = 'PO-3'", at: folder.file("orders.sqlite"))
        _ = try SiteBuilder.build(options())
        _ = try SiteBuilder.build(options("cold2"))
        #expect(TreeSnapshot(folder.file("out")).sameContent(as: TreeSnapshot(folder.file("cold2"))))
    }
}
