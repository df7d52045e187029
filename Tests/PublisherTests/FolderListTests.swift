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
        let parts = ["a", "ab", "b", "a-b", "c.d", "é", "x"]
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
    @Test("one walk along both sorted lists finds what subtracting the sets finds", arguments: [1, 2, 3, 4, 5])
    func walkAgreesWithSets(seed: Int) {
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
        let pairs: [(Set<String>, Set<String>)] = [(a, b), (b, a), (a, empty), (empty, b), (a, a)]
        for (x, y) in pairs {
            let walked = KeptStaging.difference(x.sorted(), y.sorted())
            #expect(walked.onlyA == x.subtracting(y), "seed \(seed)")
            #expect(walked.onlyB == y.subtracting(x), "seed \(seed)")
        }
    }
}
