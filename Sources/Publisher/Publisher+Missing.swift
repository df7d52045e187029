import PortingModel

/// The record beside the output (`.NAME.portdash-folders`): when it was taken, the fingerprint of
/// every folder's modification time then, and the host's files and folders the published manifest
/// lists.
struct FolderRecord: Sendable {
    var time: Int64
    var print: String
    var foreign: [String]
    var foreignFolders: [String]

    /// When every folder under `root` still has the time the record says: the folders looked at
    /// (`ours`, portdash's, and the host's, sorted) and the racy ones. Nil when any folder moved.
    func holds(under root: String, ours: Set<String>) -> (probed: [String], racy: [String])? {
        let probed = ours.union(Publisher.folders(of: foreign)).union(foreignFolders).sorted()
        let (print, racy) = Publisher.probe(root, probed, recordedAt: time)
        return print == self.print ? (probed, racy) : nil
    }
}

/// Which published files a host deleted. Removing a file changes its folder's modification time,
/// so while every folder's time is what the folder record says (`Publisher+Foreign.swift`), only
/// the files directly in the output's top folder and in folders changed within the record's clock
/// tick ("racy") need looking at, and each such folder is listed once rather than each of its files
/// looked at: a rebuild at 20,000 orders looks at a few hundred folders and lists the one or two a
/// change touched (`orders`, 20,000 pages), instead of looking at 47,000 files. When the record is
/// missing or any folder moved, every file is looked at.
extension Publisher {
    /// `folders`: the folders of `files`; `sorted`: `files` sorted, when known.
    static func missing(
        _ files: Set<String>, sorted: [String]? = nil, in output: String, record: FolderRecord?, folders: @autoclosure () -> Set<String>
    ) -> Set<String> {
        guard let racy = record?.holds(under: output, ours: folders()).map(\.racy) else { return missing(files, in: output) }
        var suspects: [Substring: [String]] = [:]
        for folder in racy { suspects[Substring(folder)] = [] }
        suspects[""] = []
        // Sorted by the manifest's own order when it was read so (a manifest portdash wrote always is).
        let sorted = sorted ?? files.sorted()
        for folder in suspects.keys {
            forEachEntry(in: String(folder), sorted: sorted) { _, path in if let path { suspects[folder]?.append(path) } }
        }
        var gone = Set<String>()
        for (folder, paths) in suspects where !paths.isEmpty {
            let present = DiskReading.fileNames(folder.isEmpty ? output : "\(output)/\(folder)")
            let skip = folder.isEmpty ? 0 : folder.utf8.count + 1
            for path in paths where !present.contains(String(path.utf8.dropFirst(skip))!) { gone.insert(path) }
        }
        return gone
    }
}
