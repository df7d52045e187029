extension Manifest {
    /// One stage of a build (the inventory pages, say): a digest of everything it reads, the files
    /// it published, and notes the builder keeps with it (the stage's findings, encoded one per line).
    ///
    /// In the manifest: `#stage NAME<TAB>DIGEST`, then `#stage-file NAME<TAB>PATH` and
    /// `#stage-note NAME<TAB>NOTE` lines. A note must not contain a line break.
    public struct Stage: Sendable, Equatable {
        public var digest: String
        public var files: [String] = []
        public var notes: [String] = []

        public init(digest: String, files: [String] = [], notes: [String] = []) {
            self.digest = digest
            self.files = files
            self.notes = notes
        }

        func lines(_ name: String) -> [String] {
            ["#stage \(name)\t\(digest)"] + files.map { "#stage-file \(name)\t\($0)" } + notes.map { "#stage-note \(name)\t\($0)" }
        }

        /// Adds a `#stage...` line to the stages; ignores any other line starting with `#`.
        static func parse(_ line: ArraySlice<UInt8>, into stages: inout [String: Stage]) {
            guard let space = line.firstIndex(of: UInt8(ascii: " ")), let tab = line[space...].firstIndex(of: UInt8(ascii: "\t")) else { return }
            let kind = String(decoding: line[..<space], as: UTF8.self)
            let name = String(decoding: line[(space + 1)..<tab], as: UTF8.self)
            let value = String(decoding: line[(tab + 1)...], as: UTF8.self)
            switch kind {
            case "#stage": stages[name] = Stage(digest: value)
            case "#stage-file":
                if SafePath.isValid(value) { stages[name]?.files.append(value) }
            case "#stage-note": stages[name]?.notes.append(value)
            default: break
            }
        }
    }
}
