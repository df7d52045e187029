import Foundation
import TestSupport
import Testing

@testable import Publisher

/// At the end of a rebuild the host's files are found from the last manifest's folder record,
/// with the names each racy folder holds found in the published manifest's sorted paths. That must
/// find what a walk of the whole output finds, or a host's file could be lost or ours taken for one.
@Suite("The host's files found from the folder record")
struct ForeignScanTests {
    let folder = TemporaryFolder("foreign-scan")
    var output: String { folder.file("site") }

    func publish(_ files: [String: String]) throws {
        let publisher = Publisher(output: output)
        try publisher.begin()
        for (path, text) in files.sorted(by: { $0.key < $1.key }) { try publisher.write(path, text: text) }
        _ = try publisher.finish()
    }

    @Test("the record with the folders' names found at begin gives what a walk of the output gives", arguments: [false, true])
    func recordMatchesWalk(pause: Bool) throws {
        var site = ["index.html": "v1", "orders/a.html": "A", "orders/b.html": "B", "loa/a.html": "L", "assets/x.css": "css"]
        try publish(site)
        site["index.html"] = "v2"
        try publish(site)
        // After a pause the folders' times no longer sit within the clock's resolution of the record,
        // and only the top folder is listed; without one, every folder just written is listed too,
        // and must hold exactly the names expected of it.
        if pause { Thread.sleep(forTimeInterval: 0.1) }
        folder.write("site/README.txt", "the host's file")
        folder.write("site/.well-known/security.txt", "Contact: x")
        let publisher = Publisher(output: output)
        try publisher.begin()
        defer { publisher.abort() }
        let ours = try #require(publisher.previous).files
        let folders = Publisher.folders(of: ours)
        let sorted = try #require(publisher.previousSorted)
        let fromRecord = try #require(publisher.scanForeignFromRecord(ours: ours, oursFolders: folders, oursSorted: sorted))
        let walked = publisher.scanForeignByWalk(ours: ours, ourFolders: folders)
        #expect(fromRecord.files == walked.files)
        #expect(fromRecord.folders == walked.folders)
        #expect(walked.files == ["README.txt", ".well-known/security.txt"])
    }

    @Test("a folder is racy when changed within 50 ms of the record on a file system with fractions of a second, within 2 s on one without")
    func racyWindow() {
        let record: Int64 = 1_764_000_000_500_000_000
        #expect(Publisher.isRacy(record - 10_000_000, recordedAt: record))
        #expect(!Publisher.isRacy(record - 60_000_000, recordedAt: record))
        #expect(!Publisher.isRacy(record - 1_500_000_000 + 7, recordedAt: record))
        // Whole seconds: the file system may have rounded a change made up to two seconds later.
        #expect(Publisher.isRacy(record - 1_500_000_000, recordedAt: record))
        #expect(!Publisher.isRacy(record - 2_500_000_000, recordedAt: record))
    }

    @Test(
        "the files the last build wrote are relinked in the kept staging folder at the first change, and the folder written early is not racy at the end"
    )
    func writtenRelinkedEarly() throws {
        var site = ["index.html": "v1", "orders/a.html": "A", "orders/b.html": "B"]
        try publish(site)
        site["orders/a.html"] = "A2"
        try publish(site)
        let publisher = Publisher(output: output)
        try publisher.begin()
        defer { publisher.abort() }
        try publisher.write("index.html", text: "v3")
        // Staging held the first site; the last build wrote orders/a.html, now linked to the published one.
        #expect(DiskReading.sameFile("\(output)/orders/a.html", folder.file(".site.portdash-staging/orders/a.html")))
        #expect(!DiskReading.sameFile("\(output)/index.html", folder.file(".site.portdash-staging/index.html")))
    }

    @Test("a file the last build wrote and this one drops is not left behind, whether staging held it or not")
    func writtenThenDropped() throws {
        var site = ["index.html": "v1", "orders/a.html": "A"]
        try publish(site)
        for version in 2...6 {
            site["index.html"] = "v\(version)"
            // Added (staging lacks it), dropped, added again, changed, dropped.
            site["orders/n.html"] = [2: "N", 4: "N4", 5: "N5"][version]
            try publish(site)
            #expect(TemporaryFolder.files(under: output).filter { $0 != Manifest.fileName } == site.keys.sorted(), "build \(version)")
            for (path, text) in site { #expect(SiteInspection.text(output, path) == text, "\(path) in build \(version)") }
        }
    }
}
