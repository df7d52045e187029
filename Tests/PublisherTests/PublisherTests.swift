import Foundation
import PortingModel
import Publisher
import TestSupport
import Testing

@Suite("Publishing atomically")
struct PublisherTests {
    let folder = TemporaryFolder("publish")
    var output: String { folder.file("site") }

    func publish(_ files: [String: String], fs: any FileSystem = LocalFileSystem()) throws -> PublishReport {
        let publisher = Publisher(output: output, fs: fs)
        try publisher.begin()
        do {
            for (path, text) in files.sorted(by: { $0.key < $1.key }) { try publisher.write(path, text: text) }
            return try publisher.finish()
        } catch {
            publisher.abort()
            throw error
        }
    }

    @Test("an unchanged publish writes nothing, does not swap, and keeps every mtime")
    func noOp() throws {
        let site = ["index.html": "home", "orders/a/index.html": "A", "assets/x.css": "css"]
        let first = try publish(site)
        #expect(first.written == ["assets/x.css", "index.html", "orders/a/index.html"])
        let before = TreeSnapshot(output)
        Thread.sleep(forTimeInterval: 0.02)
        let second = try publish(site)
        #expect(second.written == [] && second.removed == [] && !second.swapped && second.unchanged == 3)
        #expect(TreeSnapshot(output) == before)
        #expect(!FileManager.default.fileExists(atPath: folder.file(".site.portdash-staging")))
    }

    @Test("a changed file is the only one written; unchanged files keep their inode")
    func oneChange() throws {
        _ = try publish(["index.html": "home", "orders/a/index.html": "A"])
        let inode = try FileManager.default.attributesOfItem(atPath: "\(output)/orders/a/index.html")[.systemFileNumber] as? Int
        let report = try publish(["index.html": "home v2", "orders/a/index.html": "A"])
        #expect(report.written == ["index.html"] && report.swapped)
        #expect(SiteInspection.text(output, "index.html") == "home v2")
        #expect(try FileManager.default.attributesOfItem(atPath: "\(output)/orders/a/index.html")[.systemFileNumber] as? Int == inode)
    }

    @Test("files of the last build that are gone are removed; files portdash did not write survive")
    func removeAndForeign() throws {
        _ = try publish(["index.html": "home", "orders/a/index.html": "A", "orders/b/index.html": "B"])
        folder.write("site/README.txt", "the host's file")
        folder.write("site/.well-known/security.txt", "Contact: x")
        folder.write("site/orders/b/notes.txt", "kept beside a page that goes")
        let report = try publish(["index.html": "home", "orders/a/index.html": "A2"])
        #expect(report.removed == ["orders/b/index.html"])
        #expect(!FileManager.default.fileExists(atPath: "\(output)/orders/b/index.html"))
        #expect(SiteInspection.text(output, "README.txt") == "the host's file")
        #expect(SiteInspection.text(output, ".well-known/security.txt") == "Contact: x")
        #expect(SiteInspection.text(output, "orders/b/notes.txt") == "kept beside a page that goes")
    }

    @Test("the previous site kept in staging is brought up to date, not rebuilt, and every swap shows the right site")
    func keptStaging() throws {
        var site = ["index.html": "v1", "orders/a/index.html": "A", "orders/b/index.html": "B", "assets/x.css": "css"]
        _ = try publish(site)
        let cssInode = try FileManager.default.attributesOfItem(atPath: "\(output)/assets/x.css")[.systemFileNumber] as? Int
        for version in 2...6 {
            site["index.html"] = "v\(version)"
            if version == 3 { site["orders/b/index.html"] = nil }
            if version == 4 { site["orders/c/index.html"] = "C" }
            if version == 5 { site["orders/a/index.html"] = "A5" }
            let report = try publish(site)
            #expect(report.swapped)
            let files = TemporaryFolder.files(under: output).filter { $0 != ".portdash-manifest" }
            #expect(files == site.keys.sorted(), "build \(version)")
            for (path, text) in site { #expect(SiteInspection.text(output, path) == text, "\(path) in build \(version)") }
        }
        #expect(try FileManager.default.attributesOfItem(atPath: "\(output)/assets/x.css")[.systemFileNumber] as? Int == cssInode)
        #expect(FileManager.default.fileExists(atPath: folder.file(".site.portdash-staging/.portdash-manifest")))
        #expect(!FileManager.default.fileExists(atPath: folder.file(".site.portdash-staging/orders/b")))
    }

    @Test("a rebuild of the same paths after a removal drops the removed file from the kept staging folder")
    func samePathsAfterRemoval() throws {
        var site = ["index.html": "v1", "orders/a/index.html": "A", "orders/b/index.html": "B"]
        _ = try publish(site)
        site["orders/b/index.html"] = nil
        // Each later build publishes the paths the one before it did; staging holds the site before that.
        for version in 2...4 {
            site["index.html"] = "v\(version)"
            #expect(try publish(site).swapped)
            #expect(TemporaryFolder.files(under: output).filter { $0 != Manifest.fileName } == site.keys.sorted(), "build \(version)")
            for (path, text) in site { #expect(SiteInspection.text(output, path) == text, "\(path) in build \(version)") }
        }
    }

    @Test("a rebuild of the same paths writes its manifest sorted, even when the last one's lines were not")
    func manifestSortedAgain() throws {
        let paths = ["index.html", "orders/a/index.html", "orders/b/index.html", "z.html"]
        _ = try publish(Dictionary(uniqueKeysWithValues: paths.map { ($0, $0) }))
        let manifestPath = "\(output)/\(Manifest.fileName)"
        let lines = SiteInspection.text(output, Manifest.fileName).split(separator: "\n")
        let reordered = lines.filter { $0.hasPrefix("#") || $0.hasPrefix("portdash") } + lines.filter { paths.contains(String($0)) }.reversed()
        try (reordered.joined(separator: "\n") + "\n").write(toFile: manifestPath, atomically: false, encoding: .utf8)
        var changed = Dictionary(uniqueKeysWithValues: paths.map { ($0, $0) })
        changed["index.html"] = "changed"
        #expect(try publish(changed).written == ["index.html"])
        let listed = SiteInspection.text(output, Manifest.fileName).split(separator: "\n").map(String.init).filter { paths.contains($0) }
        #expect(listed == paths)
    }

    @Test("a kept staging folder marked as being changed (a killed build) is discarded, not trusted")
    func dirtyStaging() throws {
        _ = try publish(["index.html": "v1", "a.html": "A"])
        _ = try publish(["index.html": "v2", "a.html": "A"])
        folder.write(".site.portdash-staging/.portdash-dirty", "")
        folder.write(".site.portdash-staging/a.html", "half-written garbage")
        _ = try publish(["index.html": "v3", "a.html": "A"])
        #expect(SiteInspection.text(output, "a.html") == "A")
        #expect(SiteInspection.text(output, "index.html") == "v3")
    }

    @Test("foreign files survive many swaps, and one the host deletes stays deleted")
    func foreignAcrossSwaps() throws {
        _ = try publish(["index.html": "v1"])
        folder.write("site/keep.txt", "keep")
        folder.write("site/gone.txt", "gone")
        folder.write("site/old-dir/file.txt", "x")
        for version in 2...5 {
            if version == 3 {
                try FileManager.default.removeItem(atPath: "\(output)/gone.txt")
                try FileManager.default.removeItem(atPath: "\(output)/old-dir")
            }
            _ = try publish(["index.html": "v\(version)"])
            #expect(SiteInspection.text(output, "keep.txt") == "keep", "build \(version)")
            #expect(FileManager.default.fileExists(atPath: "\(output)/gone.txt") == (version < 3), "build \(version)")
            #expect(FileManager.default.fileExists(atPath: "\(output)/old-dir") == (version < 3), "build \(version)")
        }
    }

    /// The host's files are found from the manifest's record and the folders' times, not by walking
    /// the output: a file added to one of portdash's folders, at once or after a pause (when the
    /// folder's time no longer sits within the clock's resolution of the record), is kept across
    /// swaps; one the host deletes stays deleted, in staging too.
    @Test("host files inside portdash's folders are kept across swaps whenever added, and deleted ones stay deleted")
    func foreignInsideOurFolders() throws {
        var site = ["index.html": "v1", "orders/a/index.html": "A", "orders/b/index.html": "B", "assets/x.css": "css"]
        _ = try publish(site)
        site["index.html"] = "v2"
        _ = try publish(site)
        let manifest = try #require(Manifest.parse(SiteInspection.text(output, Manifest.fileName)))
        #expect(manifest.foreign == [] && manifest.foreignFolders == [])
        #expect(FileManager.default.fileExists(atPath: folder.file(".site.portdash-folders")))
        folder.write("site/orders/a/now.txt", "added at once")
        for version in 3...7 {
            if version == 4 {
                Thread.sleep(forTimeInterval: 2.2)
                folder.write("site/orders/b/later.txt", "added after a pause")
                folder.write("site/assets/fonts/later.woff", "a new folder inside ours")
            }
            if version == 6 { try FileManager.default.removeItem(atPath: "\(output)/orders/a/now.txt") }
            site["index.html"] = "v\(version)"
            _ = try publish(site)
            #expect(FileManager.default.fileExists(atPath: "\(output)/orders/a/now.txt") == (version < 6), "build \(version)")
            #expect(version < 4 || SiteInspection.text(output, "orders/b/later.txt") == "added after a pause", "build \(version)")
            #expect(version < 4 || SiteInspection.text(output, "assets/fonts/later.woff") == "a new folder inside ours", "build \(version)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.file(".site.portdash-staging/orders/a/now.txt")))
        let last = try #require(Manifest.parse(SiteInspection.text(output, Manifest.fileName)))
        #expect(last.foreign == ["assets/fonts/later.woff", "orders/b/later.txt"])
    }

    @Test("a non-empty folder portdash did not create is refused, untouched")
    func foreignFolder() throws {
        folder.write("site/important.doc", "do not lose")
        #expect(
            throws: PublishError(
                "output folder \(output) is not empty and was not created by portdash (it has no .portdash-manifest); choose an empty or new folder, portdash never takes over a folder of other files",
                .cannotCreate)
        ) {
            try publish(["index.html": "home"])
        }
        #expect(TemporaryFolder.files(under: output) == ["important.doc"])
    }

    @Test("a full disk half-way leaves the previous site byte for byte, and no staging", arguments: [1, 2, 3])
    func fullDisk(failAt: Int) throws {
        _ = try publish(["index.html": "home", "orders/a/index.html": "A"])
        let before = TreeSnapshot(output)
        #expect(throws: PublishError.self) {
            try publish(["index.html": "home 2", "orders/a/index.html": "A 2", "orders/c/index.html": "C"], fs: FaultyFileSystem(failAt: failAt))
        }
        #expect(TreeSnapshot(output) == before)
        #expect(!FileManager.default.fileExists(atPath: folder.file(".site.portdash-staging")))
        #expect(try publish(["index.html": "home 2"]).written == ["index.html"])
    }

    @Test("a read-only location is exit 73")
    func readOnly() throws {
        do {
            _ = try publish(["index.html": "x"], fs: FaultyFileSystem(failAt: 1, fault: .readOnly))
            Issue.record("expected a failure")
        } catch let error as PublishError {
            #expect(error.exitStatus == .cannotCreate)
        }
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test("paths that would escape the output are refused")
    func unsafePaths() throws {
        for path in ["../x.html", "/etc/x", "a/../../x", "a//b", ".portdash-manifest"] {
            #expect(throws: PublishError.self) { try publish([path: "x"]) }
        }
    }

    @Test("a second build on the same output exits busy naming the first's process id")
    func lock() throws {
        let first = BuildLock(path: folder.file("lock"))
        try first.acquire(wait: false)
        let second = BuildLock(path: folder.file("lock"))
        #expect(
            throws: PublishError(
                "another build (process \(getpid())) is publishing to this output folder; try again later, or pass --wait to wait for it", .busy)
        ) {
            try second.acquire(wait: false)
        }
        first.release()
        try second.acquire(wait: false)
        second.release()
    }

    @Test("a stage's files are recorded sorted, whichever order its cores published them in")
    func stageFilesSorted() throws {
        var manifests: [String] = []
        for order in [["s/b.js", "s/c.js", "s/a.js"], ["s/a.js", "s/b.js", "s/c.js"], ["s/c.js", "s/a.js", "s/b.js"]] {
            try? FileManager.default.removeItem(atPath: output)
            let publisher = Publisher(output: output)
            try publisher.begin()
            publisher.beginStage("search")
            for path in order { try publisher.write(path, text: path) }
            publisher.endStage(digest: "d", notes: [])
            _ = try publisher.finish()
            manifests.append(SiteInspection.text(output, Manifest.fileName))
        }
        #expect(manifests[0].contains("#stage-file search\ts/a.js\n#stage-file search\ts/b.js\n#stage-file search\ts/c.js\n"))
        #expect(manifests[1] == manifests[0] && manifests[2] == manifests[0])
    }

    @Test("the manifest round-trips and ignores unsafe lines")
    func manifest() {
        let manifest = Manifest(files: ["a.html", "b/c.html"], fingerprints: ["a.html": "f1"])
        #expect(Manifest.parse(manifest.text) == manifest)
        #expect(Manifest.parse("portdash-manifest 1\n../evil\nok.html\n")?.files == ["ok.html"])
        #expect(Manifest.parse("something else") == nil)
    }
}
