import Dashboard
import Foundation
import Mustache

/// A loaded, checked theme: Mustache templates parsed once, and the asset files to publish.
public struct Theme: Sendable {
    /// The templates every theme must have, one per page kind, plus the layout they inherit.
    public static let requiredTemplates = [
        "layout", "index", "order", "loa", "temp-numbers", "inventory", "problems", "carriers", "carrier", "aging", "order-list", "changes",
    ]

    public let folder: String
    /// swift-mustache's parse of each template: the theme check's syntax errors, and the reference
    /// renderer the compiled plans are tested against. Nil in a theme loaded without that check
    /// (`load(_:syntaxVouched:)`), which is never rendered against the reference.
    let library: MustacheLibrary?
    /// Each template compiled to a plan over typed models, by index; `planIndex` names them.
    let plans: [[PlanNode]]
    let planIndex: [String: Int]
    let rowTemplates: [String: RowTemplate]
    /// Asset files, relative to the theme's `assets/` folder, with their bytes.
    public let assets: [(path: String, bytes: [UInt8])]
    /// The bytes of every template and asset, for knowing when a theme changed.
    public let fingerprint: UInt64

    /// Renders page template `name` over `models`, outermost first (the layout's model, then the
    /// page's): a name is looked up in the page first, then in the layout.
    public func render(_ name: String, _ models: [TemplateValue]) -> String {
        String(decoding: renderBytes(name, models), as: UTF8.self)
    }

    /// `render`, as the page's UTF-8 bytes: what is written to disk, without making a string.
    public func renderBytes(_ name: String, _ models: [TemplateValue]) -> [UInt8] {
        let (out, _) = renderCountingBytes(name, models)
        if Self.checksAgainstReference { verifyAgainstReference(name, models, String(decoding: out, as: UTF8.self)) }
        return out
    }

    /// The page, and how many variables named a list or a model (and so printed nothing).
    func renderCounting(_ name: String, _ models: [TemplateValue]) -> (String, unprintable: Int) {
        let (out, unprintable) = renderCountingBytes(name, models)
        return (String(decoding: out, as: UTF8.self), unprintable)
    }

    func renderCountingBytes(_ name: String, _ models: [TemplateValue]) -> ([UInt8], unprintable: Int) {
        guard let index = planIndex[name] else { return ([], 0) }
        var renderer = PlanRenderer(plans: plans, rows: { self.append($0, to: &$1) }, stack: models)
        var out: [UInt8] = []
        out.reserveCapacity(8192)
        renderer.render(plans[index], indentation: nil, overrides: nil, into: &out)
        return (out, renderer.unprintable)
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
