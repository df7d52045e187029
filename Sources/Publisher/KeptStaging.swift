import PortingModel

/// The previous site kept in the staging folder (see `Publisher`), and how its files differ from
/// the published ones, found on another core while the build runs: a rebuild that publishes the
/// same paths as the last one brings staging up to date from these differences, instead of
/// comparing each of tens of thousands of paths with its own.
struct KeptStaging: Sendable {
    /// The published files staging does not hold.
    let onlyPublished: Set<String>
    /// The files staging holds that are not published.
    let onlyKept: Set<String>
    private let published: Set<String>

    /// The files staging holds, made when asked (only a rebuild that changes which paths the site
    /// has asks).
    var files: Set<String> { published.subtracting(onlyPublished).union(onlyKept) }

    init(manifest: Manifest, published: Set<String>) {
        self.published = published
        onlyPublished = published.subtracting(manifest.files)
        onlyKept = manifest.files.subtracting(published)
    }

    private init(onlyPublished: Set<String>, onlyKept: Set<String>, published: Set<String>) {
        (self.onlyPublished, self.onlyKept, self.published) = (onlyPublished, onlyKept, published)
    }

    /// Staging's manifest (`bytes`) compared with the published files, given those sorted
    /// (`publishedSorted`, strictly ascending), without parsing it: both manifests list their
    /// files in that order, and all but a few lines are the same path, so each line is compared
    /// as bytes with the published path it should be; only a line that differs becomes a string.
    /// The files are read as `Manifest.parse` reads them (unsafe paths skipped). Nil when `bytes`
    /// is not a manifest, or its files are not strictly ascending: then it is parsed in full.
    static func compare(bytes: [UInt8], publishedSorted: [String], published: Set<String>) -> KeptStaging? {
        var lines: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { ByteSplit.forEachPiece($0, separator: UInt8(ascii: "\n"), omittingEmpty: true) { lines.append($0) } }
        guard let first = lines.first, bytes[first].elementsEqual(Manifest.header.utf8) else { return nil }
        var onlyKept = Set<String>(), onlyPublished = Set<String>()
        var j = 0
        // The last file of staging's manifest, to check that its files ascend.
        var last: String?
        let ascending = bytes.withUnsafeBufferPointer { buffer -> Bool in
            for range in lines.dropFirst() where buffer[range.lowerBound] != UInt8(ascii: "#") {
                let line = UnsafeBufferPointer(rebasing: buffer[range])
                let pathBytes = UnsafeBufferPointer(rebasing: line[0..<(line.firstIndex(of: UInt8(ascii: "\t")) ?? line.count)])
                if j < publishedSorted.count, Self.same(pathBytes, publishedSorted[j]) {
                    last = publishedSorted[j]
                    j += 1
                    continue
                }
                guard SafePath.isValid(pathBytes) else { continue }
                let path = String(decoding: pathBytes, as: UTF8.self)
                if let last, !(last < path) { return false }
                while j < publishedSorted.count, publishedSorted[j] < path {
                    onlyPublished.insert(publishedSorted[j])
                    j += 1
                }
                if j < publishedSorted.count, publishedSorted[j] == path {
                    j += 1
                } else {
                    onlyKept.insert(path)
                }
                last = path
            }
            return true
        }
        guard ascending else { return nil }
        onlyPublished.formUnion(publishedSorted[j...])
        return KeptStaging(onlyPublished: onlyPublished, onlyKept: onlyKept, published: published)
    }

    /// Whether `bytes` are the UTF-8 of `text`.
    private static func same(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { $0.count == bytes.count && $0.elementsEqual(bytes) }
    }
}
