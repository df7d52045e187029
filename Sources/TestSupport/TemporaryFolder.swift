import Foundation

/// A fresh folder under the system's temporary folder, for one test. Every folder made in a test
/// run is removed when the run's process exits (set `PORTDASH_KEEP_TEST_FOLDERS=1` to keep them for
/// a look): sites and databases included, they had piled up in /tmp by the gigabyte (22 GB on one
/// machine).
public struct TemporaryFolder: Sendable {
    public let path: String

    public init(_ label: String = "portdash") {
        let base = FileManager.default.temporaryDirectory.path
        path = "\(base)/\(label)-\(UUID().uuidString.prefix(8))"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        TemporaryFolderRegistry.add(path)
    }

    /// A path inside the folder.
    public func file(_ name: String) -> String { "\(path)/\(name)" }

    /// Writes text to a file inside the folder and returns its path.
    @discardableResult
    public func write(_ name: String, _ text: String) -> String {
        let target = file(name)
        try! FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try! Data(text.utf8).write(to: URL(fileURLWithPath: target))
        return target
    }

    /// Every regular file under `folder`, as paths relative to it, sorted.
    public static func files(under folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var out: [String] = []
        while let item = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: "\(folder)/\(item)", isDirectory: &isFolder)
            if !isFolder.boolValue { out.append(item) }
        }
        return out.sorted()
    }

    /// Removes the folder.
    public func remove() { try? FileManager.default.removeItem(atPath: path) }
}
