/// The list of files portdash wrote into an output folder, kept in the folder itself
/// (`.portdash-manifest`). Only files listed here are ever replaced or removed.
public struct Manifest: Sendable, Equatable {
    public static let fileName = ".portdash-manifest"
    static let header = "portdash-manifest 1"

    public var files: Set<String>
    /// Per-page input fingerprints, for skipping renders whose inputs did not change.
    public var fingerprints: [String: String]
    /// What the whole build was made from (database file identity, config, theme, version) and
    /// its figures, so a rebuild from identical inputs can stop at once.
    public var inputs: String?

    public init(files: Set<String> = [], fingerprints: [String: String] = [:], inputs: String? = nil) {
        self.files = files
        self.fingerprints = fingerprints
        self.inputs = inputs
    }

    /// The manifest's text: a header, then one `path` or `path\tfingerprint` per line, sorted.
    public var text: String {
        var lines = [Self.header]
        if let inputs { lines.append("#inputs \(inputs)") }
        for path in files.sorted() {
            if let fp = fingerprints[path] { lines.append("\(path)\t\(fp)") } else { lines.append(path) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Parses manifest text; nil when it is not a manifest.
    public static func parse(_ text: String) -> Manifest? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.first == Substring(header) else { return nil }
        lines.removeFirst()
        var manifest = Manifest()
        for line in lines {
            if line.hasPrefix("#inputs ") { manifest.inputs = String(line.dropFirst(8)); continue }
            let parts = line.split(separator: "\t", maxSplits: 1)
            let path = String(parts[0])
            guard SafePath.isValid(path) else { continue }
            manifest.files.insert(path)
            if parts.count == 2 { manifest.fingerprints[path] = String(parts[1]) }
        }
        return manifest
    }
}

/// Relative output paths that cannot escape the output folder.
public enum SafePath {
    public static func isValid(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.contains("\0") && !path.contains("\\")
            && !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0.isEmpty || $0 == "." || $0 == ".." }
    }
}
