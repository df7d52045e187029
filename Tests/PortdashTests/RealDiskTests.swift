import Foundation
import TestSupport
import Testing

/// A real full disk, on a small tmpfs, where the machine lets the tests mount one (CI runs as root).
@Suite("A real full disk", .serialized)
struct RealDiskTests {
    func sh(_ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Whether this machine lets the tests mount a tmpfs; when not, the test shows as skipped.
    static let canMount: Bool = {
        let folder = TemporaryFolder("mount-probe")
        let probe = RealDiskTests()
        guard probe.sh(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", folder.path]) == 0 else { return false }
        _ = probe.sh(["umount", folder.path])
        return true
    }()

    @Test(
        "a build that fills the disk exits 74, keeps the previous site byte for byte, and leaves no staging",
        .enabled(if: RealDiskTests.canMount, "this machine does not allow mounting a tmpfs"))
    func fullDisk() throws {
        let folder = TemporaryFolder("disk")
        let mountPoint = folder.file("small")
        try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
        #expect(sh(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", mountPoint]) == 0)
        defer { _ = sh(["umount", mountPoint]) }
        _ = try Fixture.database(Fixture.smallValid, in: folder, name: "porting.sqlite")
        let cli = CommandRunner()
        let output = "\(mountPoint)/output"
        let theme = SiteInspection.defaultTheme
        #expect(try cli.run(["build", "--quiet", "--theme", theme, "--output", output], in: folder.path).status == 0)
        let before = TreeSnapshot(output)
        // Leave a few kilobytes free, then change enough to need more.
        let attributes = try FileManager.default.attributesOfFileSystem(forPath: mountPoint)
        let free = (attributes[.systemFreeSize] as? NSNumber)?.intValue ?? 0
        _ = sh(["fallocate", "-l", String(max(0, free - 16_384)), "\(mountPoint)/filler"])
        try Fixture.raw(
            "UPDATE orders SET business_name = 'Renamed ' || hex(randomblob(2000)), updated_at = '2026-11-01T00:00:00Z'",
            at: folder.file("porting.sqlite"))
        let failed = try cli.run(["build", "--theme", theme, "--output", output], in: folder.path)
        #expect(failed.status == 74, "\(failed.stderr)")
        #expect(failed.stderr.contains("No space left on device"))
        #expect(TreeSnapshot(output) == before)
        #expect(!FileManager.default.fileExists(atPath: "\(mountPoint)/.output.portdash-staging"))
        try FileManager.default.removeItem(atPath: "\(mountPoint)/filler")
        #expect(try cli.run(["build", "--quiet", "--theme", theme, "--output", output], in: folder.path).status == 0)
        #expect(SiteInspection.text(output, "orders/po-2.html").contains("Renamed "))
    }
}
