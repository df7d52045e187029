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
}
