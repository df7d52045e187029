import Foundation

/// Every file under a folder with its bytes and modification time, to compare builds.
public struct TreeSnapshot: Equatable, Sendable {
    public var files: [String: Data]
    public var mtimes: [String: Date]

    public init(_ folder: String) {
        files = [:]
        mtimes = [:]
        for path in TemporaryFolder.files(under: folder) {
            files[path] = FileManager.default.contents(atPath: "\(folder)/\(path)") ?? Data()
            mtimes[path] = (try? FileManager.default.attributesOfItem(atPath: "\(folder)/\(path)")[.modificationDate]) as? Date
        }
    }

    /// Same paths and bytes (mtimes aside, and portdash's bookkeeping file, which records the
    /// database file's identity, aside).
    /// The paths whose bytes differ or that only one tree has, sorted (the manifest aside).
    public func differingFiles(from other: TreeSnapshot) -> [String] {
        Set(files.keys).union(other.files.keys).filter { $0 != ".portdash-manifest" && files[$0] != other.files[$0] }.sorted()
    }

    public func sameContent(as other: TreeSnapshot) -> Bool {
        files.filter { $0.key != ".portdash-manifest" } == other.files.filter { $0.key != ".portdash-manifest" }
    }
}
