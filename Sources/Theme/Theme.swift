import Foundation
import Mustache

/// A loaded, checked theme: Mustache templates parsed once, and the asset files to publish.
public struct Theme: Sendable {
    /// The templates every theme must have, one per page kind, plus the layout they inherit.
    public static let requiredTemplates = [
        "layout", "index", "order", "loa", "temp-numbers", "inventory", "problems", "carriers", "carrier", "aging", "order-list", "changes",
    ]

    public let folder: String
    let library: MustacheLibrary
    let rowTemplates: [String: RowTemplate]
    /// Asset files, relative to the theme's `assets/` folder, with their bytes.
    public let assets: [(path: String, bytes: [UInt8])]
    /// The bytes of every template and asset, for knowing when a theme changed.
    public let fingerprint: UInt64

    /// Renders page template `name` with `context`.
    public func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(resolvingRowSets(context), withTemplate: name) ?? ""
    }

    /// Finds a theme: a path to a folder, or a name looked up under `themes/` in the working folder
    /// and then beside the portdash executable.
    public static func locate(_ nameOrPath: String, workingFolder: String = FileManager.default.currentDirectoryPath) throws(ThemeError) -> String {
        var isFolder: ObjCBool = false
        if nameOrPath.contains("/") {
            guard FileManager.default.fileExists(atPath: nameOrPath, isDirectory: &isFolder), isFolder.boolValue else {
                throw ThemeError("theme folder \(nameOrPath) does not exist", .noInput)
            }
            return nameOrPath
        }
        var candidates = ["\(workingFolder)/themes/\(nameOrPath)"]
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(folder.appendingPathComponent("themes/\(nameOrPath)").path)
            folder.deleteLastPathComponent()
        }
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder) && isFolder.boolValue {
            return candidate
        }
        throw ThemeError(
            "theme \(nameOrPath) not found: looked in \(candidates[0]) (pass --theme with a path to use a theme folder elsewhere)", .noInput)
    }
}
