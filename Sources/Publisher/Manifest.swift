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
        let bytes = Array(text.utf8)
        var lines: [ArraySlice<UInt8>] = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
        guard let first = lines.first, first.elementsEqual(header.utf8) else { return nil }
        lines.removeFirst()
        var manifest = Manifest()
        manifest.files.reserveCapacity(lines.count)
        manifest.fingerprints.reserveCapacity(lines.count)
        let inputsPrefix = Array("#inputs ".utf8)
        for line in lines {
            if line.starts(with: inputsPrefix) {
                manifest.inputs = String(decoding: line.dropFirst(inputsPrefix.count), as: UTF8.self)
                continue
            }
            let tab = line.firstIndex(of: UInt8(ascii: "\t"))
            let pathBytes = line[line.startIndex..<(tab ?? line.endIndex)]
            guard SafePath.isValid(pathBytes) else { continue }
            let path = String(decoding: pathBytes, as: UTF8.self)
            manifest.files.insert(path)
            if let tab { manifest.fingerprints[path] = String(decoding: line[(tab + 1)...], as: UTF8.self) }
        }
        return manifest
    }
}

/// Relative output paths that cannot escape the output folder.
public enum SafePath {
    public static func isValid(_ path: String) -> Bool { isValid(path.utf8) }

    /// The same rule over a path's UTF-8 bytes: not empty, not absolute, no NUL or backslash, and
    /// no empty, `.` or `..` part.
    public static func isValid(_ path: some Collection<UInt8>) -> Bool {
        guard !path.isEmpty else { return false }
        var partLength = 0
        var dots = 0
        for byte in path {
            switch byte {
            case 0, UInt8(ascii: "\\"): return false
            case UInt8(ascii: "/"):
                if partLength == 0 || partLength == dots && dots <= 2 { return false }
                partLength = 0
                dots = 0
            default:
                partLength += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return !(partLength == 0 || partLength == dots && dots <= 2)
    }
}
