import Foundation
import TestSupport
import Testing

@testable import Publisher

/// At the end of a rebuild the host's files are found from the last manifest's folder record,
/// with the names each published folder holds found on another core from `begin`. That must
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
        if pause { Thread.sleep(forTimeInterval: 2.2) }
        folder.write("site/README.txt", "the host's file")
        folder.write("site/.well-known/security.txt", "Contact: x")
        let publisher = Publisher(output: output)
        try publisher.begin()
        defer { publisher.abort() }
        let ours = try #require(publisher.previous).files
        let folders = Publisher.folders(of: ours)
        let children = try #require(publisher.previousChildren).value
        let fromRecord = try #require(publisher.scanForeignFromRecord(ours: ours, oursFolders: folders, oursChildren: children))
        let walked = publisher.scanForeignByWalk(ours: ours, ourFolders: folders)
        #expect(fromRecord.files == walked.files)
        #expect(fromRecord.folders == walked.folders)
        #expect(walked.files == ["README.txt", ".well-known/security.txt"])
    }
}
