import PortingModel

extension Manifest {
    /// One stage of a build (the inventory pages, say): a digest of everything it reads, the files
    /// it published, and notes the builder keeps with it (the stage's findings, encoded one per line).
    ///
    /// In the manifest: `#stage NAME<TAB>DIGEST`, then `#stage-file NAME<TAB>PATH` lines and one
    /// `#stage-notes NAME<TAB>NOTES` line, the notes separated by U+001E: a manifest with tens of
    /// thousands of notes still reads in one piece (a rebuild that changes nothing reads it). A note
    /// must contain neither a line break nor U+001E.
    public struct Stage: Sendable, Equatable {
        public var digest: String
        public var files: [String] = []
        /// The notes as stored: joined by U+001E.
        var noteText = ""

        public init(digest: String, files: [String] = [], notes: [String] = []) {
            self.digest = digest
            self.files = files
            noteText = notes.joined(separator: String(Self.separator))
            // Checked on the joined text by `memchr`: megabytes of facts are recorded on every build.
            var text = noteText
            precondition(
                notes.isEmpty || text.withUTF8 { ByteSplit.count($0, of: 0x0A) == 0 && ByteSplit.count($0, of: 0x1E) == notes.count - 1 },
                "a note holds a line break or U+001E")
        }

        static let separator: Character = "\u{1E}"

        /// The notes, in the order they were given.
        public var notes: [String] {
            // Split as UTF-8: a note never holds the separator's byte, and Character splitting would
            // glue the separator to a combining mark that starts the next note.
            noteText.isEmpty ? [] : ByteSplit.strings(noteText, separator: 0x1E)
        }

        /// Appends the stage's lines: `#stage`, its `#stage-file` lines, its `#stage-notes` line.
        func appendLines(_ name: String, to out: inout String) {
            out += "#stage " + name + "\t" + digest + "\n"
            let filePrefix = "#stage-file " + name + "\t"
            for file in files {
                out += filePrefix
                out += file
                out += "\n"
            }
            guard !noteText.isEmpty else { return }
            out += "#stage-notes " + name + "\t"
            out += noteText
            out += "\n"
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
            case "#stage-notes": stages[name]?.noteText = value
            default: break
            }
        }
    }
}
