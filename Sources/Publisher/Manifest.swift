import PortingModel

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
    /// What each stage of the build was made from, with the files it published and its notes: a
    /// stage whose inputs did not change keeps its files without reading its rows.
    public var stages: [String: Stage] = [:]
    /// The files the build that wrote this manifest wrote (its other files are hard links to the
    /// site before it): what the next build relinks in the kept staging folder, instead of comparing
    /// every file. Nil in manifests from before it was recorded.
    public var written: [String]?
    /// The files and folders in the output that portdash did not write (a host's), as the build
    /// that wrote this manifest left them. With them, and the folders' times recorded beside the
    /// output, a rebuild finds what the host added or removed without walking the output
    /// (`Publisher+Foreign.swift`). Nil in manifests from before they were recorded.
    public var foreign: [String]?
    public var foreignFolders: [String]?

    public init(files: Set<String> = [], fingerprints: [String: String] = [:], inputs: String? = nil) {
        self.files = files
        self.fingerprints = fingerprints
        self.inputs = inputs
    }

    /// The manifest's text: a header, then one `path` or `path\tfingerprint` per line, sorted.
    /// Appended into one string (a manifest at 20,000 orders is 47,000 lines and 3.6 MB, written by
    /// every rebuild that changes anything).
    public var text: String { text(sortedFiles: files.sorted()) }

    /// `text`, given `files` already sorted.
    func text(sortedFiles: [String]) -> String {
        assert(sortedFiles.count == files.count, "sortedFiles must be this manifest's files")
        // The head and two halves of the file lines, each made on a core of its own.
        let half = sortedFiles.count / 2
        let parts = Parallel.map(3) { part in
            part == 0 ? head() : fileLines(part == 1 ? sortedFiles[..<half] : sortedFiles[half...])
        }
        var out = ""
        out.reserveCapacity(parts.reduce(0) { $0 + $1.utf8.count })
        for part in parts { out += part }
        return out
    }

    /// The lines above the file lines: the header, the inputs, the stages and the lists of paths.
    private func head() -> String {
        var out = ""
        out.reserveCapacity(256 + stages.values.reduce(0) { $0 + $1.noteText.utf8.count + $1.files.count * 48 })
        out += Self.header + "\n"
        if let inputs { out += "#inputs " + inputs + "\n" }
        for (name, stage) in stages.sorted(by: { $0.key < $1.key }) { stage.appendLines(name, to: &out) }
        for (title, list) in [("#written", written), ("#foreign", foreign), ("#foreign-folders", foreignFolders)] {
            guard let list else { continue }
            out += title + "\n"
            for path in list {
                out += title
                out += " "
                out += path
                out += "\n"
            }
        }
        return out
    }

    /// One `path` or `path\tfingerprint` line for each of `paths`.
    private func fileLines(_ paths: ArraySlice<String>) -> String {
        var out = ""
        out.reserveCapacity(paths.count * 64)
        for path in paths {
            out += path
            if let fp = fingerprints[path] {
                out += "\t"
                out += fp
            }
            out += "\n"
        }
        return out
    }

    /// Parses manifest text; nil when it is not a manifest.
    public static func parse(_ text: String) -> Manifest? { parse(bytes: Array(text.utf8)) }

    /// Parses a manifest file's bytes; nil when they are not a manifest. Text that is not UTF-8
    /// reads as `parse(String(decoding: bytes, as: UTF8.self))` reads it: each path and
    /// fingerprint is decoded on its own, and a line's separators are ASCII, which never continue
    /// a multi-byte character.
    public static func parse(bytes: [UInt8]) -> Manifest? { parseKeepingOrder(bytes: bytes)?.manifest }

    /// `parse(bytes:)`, and the manifest's files in the order of its lines when that order is
    /// sorted, as `text` writes it (else nil): a rebuild that publishes the same paths writes them
    /// in that order again instead of sorting tens of thousands of paths.
    static func parseKeepingOrder(bytes: [UInt8]) -> (manifest: Manifest, sortedFiles: [String]?)? {
        var lines: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { ByteSplit.forEachPiece($0, separator: UInt8(ascii: "\n"), omittingEmpty: true) { lines.append($0) } }
        guard let first = lines.first, bytes[first].elementsEqual(header.utf8) else { return nil }
        lines.removeFirst()
        var manifest = Manifest()
        manifest.files.reserveCapacity(lines.count)
        manifest.fingerprints.reserveCapacity(lines.count)
        let inputsPrefix = Array("#inputs ".utf8)
        let writtenPrefix = Array("#written".utf8), foreignPrefix = Array("#foreign".utf8)
        let foreignFoldersPrefix = Array("#foreign-folders".utf8)
        var order: [String]? = []
        order?.reserveCapacity(lines.count)
        // The file lines, most of the manifest, are read from the buffer in place.
        bytes.withUnsafeBufferPointer { buffer in
            for range in lines {
                if buffer[range.lowerBound] != UInt8(ascii: "#") {
                    guard let path = addFile(UnsafeBufferPointer(rebasing: buffer[range]), to: &manifest) else { continue }
                    if let last = order?.last, !(last < path) { order = nil }
                    order?.append(path)
                    continue
                }
                let line = bytes[range]
                // `#written` starts a list (so an empty one is told from none), `#written PATH` adds to
                // it; the same for `#foreign` and `#foreign-folders`.
                if line.starts(with: inputsPrefix) {
                    manifest.inputs = String(decoding: line.dropFirst(inputsPrefix.count), as: UTF8.self)
                } else if !Self.addListItem(line, writtenPrefix, to: &manifest.written)
                    && !Self.addListItem(line, foreignFoldersPrefix, to: &manifest.foreignFolders)
                    && !Self.addListItem(line, foreignPrefix, to: &manifest.foreign)
                {
                    Stage.parse(line, into: &manifest.stages)
                }
            }
        }
        return (manifest, order)
    }

    /// A file line: its path, and a tab and its fingerprint if it has one. Lines with unsafe
    /// paths are skipped. Returns the path added.
    private static func addFile(_ line: UnsafeBufferPointer<UInt8>, to manifest: inout Manifest) -> String? {
        let tab = line.firstIndex(of: UInt8(ascii: "\t"))
        let pathBytes = UnsafeBufferPointer(rebasing: line[0..<(tab ?? line.count)])
        guard SafePath.isValid(pathBytes) else { return nil }
        let path = String(decoding: pathBytes, as: UTF8.self)
        manifest.files.insert(path)
        if let tab { manifest.fingerprints[path] = String(decoding: UnsafeBufferPointer(rebasing: line[(tab + 1)...]), as: UTF8.self) }
        return path
    }
}

extension Manifest {
    /// When `line` is `PREFIX` or `PREFIX PATH`: starts `list` if needed, adds PATH when it is a
    /// safe path, and returns true; false for any other line.
    static func addListItem(_ line: ArraySlice<UInt8>, _ prefix: [UInt8], to list: inout [String]?) -> Bool {
        guard line.starts(with: prefix) else { return false }
        if line.count > prefix.count && line[line.startIndex + prefix.count] != UInt8(ascii: " ") { return false }
        if list == nil { list = [] }
        let path = line.dropFirst(prefix.count + 1)
        if SafePath.isValid(path) { list?.append(String(decoding: path, as: UTF8.self)) }
        return true
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
