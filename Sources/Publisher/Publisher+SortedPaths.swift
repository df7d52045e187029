/// The entries of one folder found in the manifest's sorted paths by binary search: the paths
/// under a folder `F` are those from `F/` up to `F0` (`0` follows `/`), and a subfolder's paths
/// are stepped over the same way. A rebuild asks for the top folder and the few small folders it
/// finds racy; a pass over every path was a cost that grew with the site.
extension Publisher {
    /// The index of the first of `sorted` not less than `key`, from `start` on.
    static func lowerBound(_ sorted: [String], _ key: String, from start: Int = 0) -> Int {
        var (low, high) = (start, sorted.count)
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Calls `body` with each name directly in `folder` ("" the top) among `sorted` paths, once:
    /// a file with its path, a folder (that holds some of the paths) with nil.
    static func forEachEntry(in folder: String, sorted: [String], _ body: (_ name: String, _ filePath: String?) -> Void) {
        let prefix = folder.isEmpty ? "" : folder + "/"
        var i = folder.isEmpty ? 0 : lowerBound(sorted, prefix)
        let end = folder.isEmpty ? sorted.count : lowerBound(sorted, folder + "0", from: i)
        while i < end {
            let path = sorted[i]
            guard path.utf8.starts(with: prefix.utf8) else {
                i += 1
                continue
            }
            let rest = path.utf8.dropFirst(prefix.utf8.count)
            guard let slash = rest.firstIndex(of: UInt8(ascii: "/")) else {
                body(String(Substring(rest)), path)
                i += 1
                continue
            }
            let name = String(Substring(rest[..<slash]))
            body(name, nil)
            i = max(i + 1, lowerBound(sorted, prefix + name + "0", from: i))
        }
    }

    /// `children(of:in:)` of `wanted` folders, from `sorted` file paths: the files' names.
    static func children(of wanted: Set<String>, sorted: [String]) -> [String: Set<String>] {
        var out: [String: Set<String>] = [:]
        for folder in wanted {
            forEachEntry(in: folder, sorted: sorted) { name, file in if file != nil { out[folder, default: []].insert(name) } }
        }
        return out
    }
}
