import PortingModel

/// Files a host added to the output (a README, `.well-known/`) survive every swap: before the swap
/// they are hard-linked into staging, and files the host added while the build ran are carried
/// across after it. Finding them without walking tens of thousands of folders: the manifest records
/// the host's files and folders, and a file beside the output (`.NAME.portdash-folders`) every
/// folder's modification time as the build left them, with the manifest it goes with. A folder
/// whose time is unchanged holds what it held, unless it was
/// changed within the clock's resolution of the record ("racy", as git calls it): those folders, and
/// the output's top folder, are listed. Any surprise falls back to walking everything.
extension Publisher {
    /// What the output holds besides portdash's files, and how its folders looked when found.
    struct ForeignScan {
        var files: Set<String>
        var folders: Set<String>
        /// The folders probed, their fingerprint, and the listings of the racy ones and the top folder
        /// ("" is the top), for telling later whether anything was added meanwhile.
        var probed: [String] = []
        var print = ""
        var listings: [String: [String]] = [:]
    }

    /// A folder changed this shortly before the record was taken may change again in the same clock
    /// tick without its time moving: such a folder is "racy", and is listed rather than trusted. On
    /// a file system that keeps whole seconds (its times have no fraction), two seconds (FAT's
    /// resolution); on one that keeps fractions, whose times advance with the kernel's clock tick
    /// (10 ms at most on Linux), 50 ms. The folders a build writes early (`orders`, 20,000 pages at
    /// 20,000 orders) are then trusted by the next build instead of listed, as they were with two
    /// seconds on every file system.
    static let racyWindow: Int64 = 2_000_000_000
    static let fineRacyWindow: Int64 = 50_000_000

    /// Whether a folder modified at `modified` may hide a change from a record taken at `time`.
    static func isRacy(_ modified: Int64, recordedAt time: Int64) -> Bool {
        modified >= time - (modified % 1_000_000_000 == 0 ? racyWindow : fineRacyWindow)
    }

    /// The fingerprint of `folders`' modification times under `root`, and those that are racy for a
    /// record taken at `recordedAt` (none when nil). The folders are looked at on every core.
    static func probe(_ root: String, _ folders: [String], recordedAt: Int64?) -> (print: String, racy: [String]) {
        let parts = 16
        let times = Parallel.map(parts) { part in
            stride(from: part, to: folders.count, by: parts).map { DiskReading.modified("\(root)/\(folders[$0])") }
        }
        var hasher = Fingerprinter()
        var racy: [String] = []
        for (i, folder) in folders.enumerated() {
            let modified = times[i % parts][i / parts]
            hasher.add(folder)
            hasher.add(modified)
            if let modified, let recordedAt, isRacy(modified, recordedAt: recordedAt) { racy.append(folder) }
        }
        return (hasher.hex, racy)
    }

    /// The names directly in each of `wanted` ("" the top) of `paths`, files and folders alike;
    /// with `wanted` nil, in every folder that holds one of them.
    static func children(of wanted: Set<String>?, in paths: [any Sequence<String>]) -> [String: Set<String>] {
        let lookup = wanted.map { Set($0.map { Substring($0) }) }
        var out: [String: Set<String>] = [:]
        for list in paths {
            for path in list {
                let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
                let parent = slash.map { path[..<$0] } ?? ""
                if let lookup, !lookup.contains(parent) { continue }
                let name = slash.map { String(path[path.utf8.index(after: $0)...]) } ?? path
                out[String(parent), default: []].insert(name)
            }
        }
        return out
    }

    /// The host's files in the output, from the last manifest's record, or nil when the record is
    /// missing or the disk does not match it (then the output must be walked). `oursFolders`: the
    /// folders of `ours`; `oursSorted`: `ours` sorted, when known.
    func scanForeignFromRecord(ours: Set<String>, oursFolders: Set<String>, oursSorted: [String]? = nil) -> ForeignScan? {
        guard let record = publishedFolderRecord(), let (probed, racy) = record.holds(under: output, ours: oursFolders) else { return nil }
        let files = Set(record.foreign), folders = Set(record.foreignFolders)
        let wanted = Set(racy).union([""])
        var expected = Self.children(of: wanted, in: [files, [Manifest.fileName], probed])
        let inOurs = Self.children(of: wanted, sorted: oursSorted ?? ours.sorted())
        for folder in wanted {
            if let names = inOurs[folder] { expected[folder, default: []].formUnion(names) }
        }
        var scan = ForeignScan(files: files, folders: folders, probed: probed, print: record.print)
        for folder in racy {
            let names = DiskReading.entries("\(output)/\(folder)")
            guard Set(names) == expected[folder] ?? [] else { return nil }
            scan.listings[folder] = names
        }
        // The top folder is always listed: the host's new files and folders there, and ones removed.
        let top = DiskReading.typedEntries(output)
        scan.listings[""] = top.map(\.name)
        let present = Set(top.map(\.name))
        for name in expected[""] ?? [] where !present.contains(name) {
            guard files.contains(name) || folders.contains(name) else { return nil }  // one of ours went: walk
            scan.files = scan.files.filter { $0 != name && !$0.hasPrefix(name + "/") }
            scan.folders = scan.folders.filter { $0 != name && !$0.hasPrefix(name + "/") }
        }
        for entry in top where !(expected[""] ?? []).contains(entry.name) {
            if !entry.isFolder {
                scan.files.insert(entry.name)
                continue
            }
            let tree = DiskReading.walk("\(output)/\(entry.name)")
            scan.folders.insert(entry.name)
            for folder in tree.folders { scan.folders.insert("\(entry.name)/\(folder)") }
            for file in tree.files { scan.files.insert("\(entry.name)/\(file)") }
        }
        return scan
    }

    /// The folder record beside the output, when it goes with the published manifest, with the
    /// host's files and folders that manifest lists.
    func publishedFolderRecord() -> FolderRecord? {
        guard let previous, let foreign = previous.foreign, let foreignFolders = previous.foreignFolders,
            let bytes = DiskReading.read(folderRecordPath), case let record = String(decoding: bytes, as: UTF8.self).split(separator: " "),
            record.count == 3, previousManifestIdentity.map({ record[0] == $0 }) == true, let recorded = Int64(record[1])
        else { return nil }
        return FolderRecord(time: recorded, print: String(record[2]), foreign: foreign, foreignFolders: foreignFolders)
    }

    /// The host's files in the output, by walking it.
    func scanForeignByWalk(ours: Set<String>, ourFolders: Set<String>) -> ForeignScan {
        let live = DiskReading.walk(output)
        return ForeignScan(
            files: Set(live.files.filter { $0 != Manifest.fileName && !ours.contains($0) }),
            folders: Set(live.folders.filter { !ourFolders.contains($0) }))
    }

    /// Whether the output swapped out may hold files a host added since `scan` (then they are
    /// looked for by walking it): its folders' times and the listings taken then must all match.
    func mayHaveNewForeignFiles(since scan: ForeignScan?) -> Bool {
        guard let scan, !scan.print.isEmpty else { return true }
        let (print, _) = Self.probe(staging, scan.probed, recordedAt: nil)
        guard print == scan.print else { return true }
        for (folder, names) in scan.listings {
            let now = folder.isEmpty ? DiskReading.entries(staging).filter { $0 != Self.dirtyMarker } : DiskReading.entries("\(staging)/\(folder)")
            if Set(now) != Set(names) { return true }
        }
        return false
    }

    /// Records the host's files as staged and every folder's time in staging (the output after the
    /// swap), so the next build can trust them. `currentFolders`: the folders of this build's files.
    func recordForeign(files: [String], folders: Set<String>, currentFolders: Set<String>) {
        current.foreign = files.sorted()
        current.foreignFolders = folders.sorted()
        let tracked = currentFolders.union(Self.folders(of: files)).union(folders).sorted()
        let (print, _) = Self.probe(staging, tracked, recordedAt: nil)
        folderRecord = (print, DiskReading.now())
    }

    /// Writes the folder record beside the output, just before the swap. It names the manifest it
    /// goes with: if the swap does not happen, or the build dies, the next build finds a record
    /// that does not match the published manifest and walks the output instead.
    func writeFolderRecord() throws {
        guard let folderRecord else { return }
        let temporary = folderRecordPath + ".new"
        try fs.removeFile(temporary)
        let fd = try fs.create(temporary)
        var text = "\(manifestIdentity) \(folderRecord.time) \(folderRecord.print)"
        try text.withUTF8 { buffer in try fs.write(fd, UnsafeRawBufferPointer(buffer), path: temporary) }
        try fs.close(fd, path: temporary)
        try fs.rename(temporary, folderRecordPath)
    }
}
