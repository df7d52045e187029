import Testing

@testable import Publisher

@Suite("The folders of a site's files")
struct FolderListTests {
    /// Paths under a few folders of several depths, some at the top, with names that share
    /// prefixes (`a` and `ab`, `a/b` and `a/b-c`) so that a folder told apart by a prefix shows.
    static func paths(seed: UInt64, count: Int) -> Set<String> {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let parts = ["a", "ab", "b", "a-b", "a0", "a.b", "c.d", "é", "x"]
        var out = Set<String>()
        while out.count < count {
            let depth = next(4)
            out.insert(((0..<depth).map { _ in parts[next(parts.count)] } + ["f\(next(50)).html"]).joined(separator: "/"))
        }
        return out
    }

    @Test("the folders of files, sorted or in any order, are every ancestor folder of each", arguments: [1, 2, 3, 4, 5])
    func sortedAgreesWithAnyOrder(seed: Int) {
        let files = Self.paths(seed: UInt64(seed), count: 300)
        var expected = Set<String>()
        for file in files {
            let parts = file.split(separator: "/").dropLast()
            for depth in parts.indices { expected.insert(parts[...depth].joined(separator: "/")) }
        }
        #expect(Publisher.folders(of: files.sorted()) == expected, "seed \(seed)")
        #expect(Publisher.folders(of: files) == expected, "seed \(seed)")
    }
}

@Suite("How the kept staging folder's files differ from the published ones")
struct KeptStagingTests {
    /// A manifest's text listing `files` (with a fingerprint on some, and other lines among them).
    static func manifest(_ files: [String]) -> String {
        var manifest = Manifest()
        manifest.files = Set(files)
        for (i, path) in files.enumerated() where i % 3 != 0 { manifest.fingerprints[path] = "fp\(i)" }
        manifest.written = Array(files.prefix(2))
        return manifest.text(sortedFiles: files)
    }

    @Test("comparing staging's manifest line by line with the published files finds what parsing and subtracting finds", arguments: [1, 2, 3, 4, 5])
    func comparedAsParsed(seed: Int) throws {
        // Two overlapping sets: most paths shared, some only in each, prefixes and non-ASCII among them.
        let all = FolderListTests.paths(seed: UInt64(seed), count: 400).sorted()
        var a = Set<String>(), b = Set<String>()
        for (i, path) in all.enumerated() {
            switch (i * 7 + seed) % 10 {
            case 0: a.insert(path)
            case 1, 2: b.insert(path)
            default:
                a.insert(path)
                b.insert(path)
            }
        }
        let empty = Set<String>()
        let pairs: [(kept: Set<String>, published: Set<String>)] = [(a, b), (b, a), (a, empty), (empty, b), (a, a)]
        for (kept, published) in pairs {
            let bytes = Array(Self.manifest(kept.sorted()).utf8)
            let compared = try #require(KeptStaging.compare(bytes: bytes, publishedSorted: published.sorted(), published: published))
            let parsed = KeptStaging(manifest: try #require(Manifest.parse(bytes: bytes)), published: published)
            #expect(compared.onlyKept == parsed.onlyKept, "seed \(seed)")
            #expect(compared.onlyPublished == parsed.onlyPublished, "seed \(seed)")
            #expect(compared.files == kept, "seed \(seed)")
        }
    }

    @Test("a staging manifest whose files do not ascend, or that is not a manifest, is left to the full parse")
    func notComparedWhenUnsorted() {
        let files = ["a.html", "b/c.html", "d.html"]
        var lines = Self.manifest(files).split(separator: "\n", omittingEmptySubsequences: false)
        let first = lines.firstIndex { $0.hasPrefix("a.html") }!, last = lines.firstIndex { $0.hasPrefix("d.html") }!
        lines.swapAt(first, last)
        let unsorted = Array(lines.joined(separator: "\n").utf8)
        #expect(KeptStaging.compare(bytes: unsorted, publishedSorted: files, published: Set(files)) == nil)
        #expect(Manifest.parse(bytes: unsorted)?.files == Set(files))
        let repeated = Array((Self.manifest(files) + "d.html\n").utf8)
        #expect(KeptStaging.compare(bytes: repeated, publishedSorted: files, published: Set(files)) == nil)
        #expect(KeptStaging.compare(bytes: Array("not a manifest\na.html\n".utf8), publishedSorted: files, published: Set(files)) == nil)
    }

    @Test("the names in a folder found by binary search in the sorted paths are those a pass over every path finds", arguments: [1, 2, 3, 4, 5])
    func childrenFromSorted(seed: Int) {
        let files = FolderListTests.paths(seed: UInt64(seed), count: 300)
        let wanted = Publisher.folders(of: files).union(["", "missing", "a/missing"])
        let fromSorted = Publisher.children(of: wanted, sorted: files.sorted())
        #expect(fromSorted == Publisher.children(of: wanted, in: [files]))
        // The files alone, as the search for deleted files takes them.
        for folder in wanted {
            var found: [String] = []
            Publisher.forEachEntry(in: folder, sorted: files.sorted()) { _, path in if let path { found.append(path) } }
            let expected = files.filter { path in
                let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
                return String(slash.map { path[..<$0] } ?? "") == folder
            }
            #expect(Set(found) == expected && found.count == expected.count, "\(folder)")
        }
    }
}
