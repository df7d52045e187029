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
        let (print, racy) = Publisher.probe(root, probed, racySince: time - Publisher.racyWindow)
        return print == self.print ? (probed, racy) : nil
    }
}

/// Which published files a host deleted. Removing a file changes its folder's modification time,
/// so while every folder's time is what the folder record says (`Publisher+Foreign.swift`), only
/// the files directly in the output's top folder and in folders changed within the record's clock
/// tick ("racy") need looking at: a rebuild at 20,000 orders looks at 21,000 folders instead of
/// 47,000 files. When the record is missing or any folder moved, every file is looked at.
extension Publisher {
    static func missing(_ files: Set<String>, in output: String, record: FolderRecord?) -> Set<String> {
        guard let racy = record?.holds(under: output, ours: folders(of: files)).map(\.racy) else { return missing(files, in: output) }
        let unsettled = Set(racy.map { Substring($0) })
        let suspects = files.filter { path in
            guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return true }
            return unsettled.contains(path[..<slash])
        }
        return missing(suspects, in: output)
    }
}
