import PortingModel

/// The record beside the output (`.NAME.portdash-folders`): when it was taken, the fingerprint of
/// every folder's modification time then, and the host's files and folders the published manifest
/// lists.
struct FolderRecord: Sendable {
    var time: Int64
    var print: String
    var foreign: [String]
    var foreignFolders: [String]
}

/// Which published files a host deleted. Removing a file changes its folder's modification time,
/// so while every folder's time is what the folder record says (`Publisher+Foreign.swift`), only
/// the files directly in the output's top folder and in folders changed within the record's clock
/// tick ("racy") need looking at: a rebuild at 20,000 orders looks at 21,000 folders instead of
/// 47,000 files. When the record is missing or any folder moved, every file is looked at.
extension Publisher {
    static func missing(_ files: Set<String>, in output: String, record: FolderRecord?) -> Set<String> {
        guard let record else { return missing(files, in: output) }
        let tracked = folders(of: files).union(folders(of: record.foreign)).union(record.foreignFolders).sorted()
        let (print, racy) = probe(output, tracked, racySince: record.time - racyWindow)
        guard print == record.print else { return missing(files, in: output) }
        let unsettled = Set(racy.map { Substring($0) })
        let suspects = files.filter { path in
            guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return true }
            return unsettled.contains(path[..<slash])
        }
        return missing(suspects, in: output)
    }
}
