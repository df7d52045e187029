import PortingModel
import Publisher
import Testing

@Suite("Safe output paths")
struct SafePathTests {
    @Test(
        "paths inside the output folder pass; absolute, empty, dot, NUL and backslash paths do not",
        arguments: [
            ("index.html", true), ("orders/po-1/index.html", true), ("a/.hidden", true), ("a/.../b", true), ("a/..b", true),
            ("", false), ("/etc/passwd", false), ("a//b", false), ("a/", false), ("./a", false), ("a/./b", false),
            ("../a", false), ("a/../b", false), ("a/..", false), ("..", false), (".", false), ("a\0b", false), ("a\\b", false),
        ])
    func rule(_ path: String, _ valid: Bool) {
        #expect(SafePath.isValid(path) == valid, "\(path.debugDescription)")
    }

    @Test("a manifest keeps its safe paths and fingerprints and drops unsafe ones")
    func manifest() throws {
        let text = "portdash-manifest 1\n#inputs key 1 2\na/index.html\tf1\n../escape\tf2\nb.html\n/abs\n"
        let manifest = try #require(Manifest.parse(text))
        #expect(manifest.files == ["a/index.html", "b.html"])
        #expect(manifest.fingerprints == ["a/index.html": "f1"])
        #expect(manifest.inputs == "key 1 2")
        #expect(Manifest.parse(manifest.text) == manifest)
        #expect(Manifest.parse("not a manifest\na.html\n") == nil)
    }

    /// The build reads its manifests as bytes (`parse(bytes:)`): text that is not UTF-8 must read as
    /// it does decoded whole, for 2,000 random manifests of awkward bytes.
    @Test("a manifest's bytes read as its text decoded whole, invalid UTF-8 included")
    func manifestBytes() throws {
        var random = SeededRandom(seed: 41)
        let pieces: [[UInt8]] = [
            Array("a/".utf8), Array("x.html".utf8), [0x09], [0x0A], Array("f1".utf8), [0xC3], [0xA9], [0xFF], [0xE2, 0x82], [0xF0, 0x9F, 0x98, 0x80],
            Array("#written".utf8), Array("#written b.html".utf8), Array("#stage s\td".utf8), Array("#stage-file s\ta.html".utf8),
            Array("#stage-notes s\tn1".utf8), [0x1E], Array("#inputs k".utf8), Array("../".utf8), [0x00], [0x20],
        ]
        for _ in 0..<2_000 {
            var bytes = Array("portdash-manifest 1\n".utf8)
            for _ in 0..<random.int(0...30) { bytes += random.pick(pieces) }
            let whole = Manifest.parse(String(decoding: bytes, as: UTF8.self))
            #expect(Manifest.parse(bytes: bytes) == whole, "\(bytes)")
        }
    }
}
