import Foundation
import Mustache
import PortingModel

extension Theme {
    /// Loads and checks the theme in `folder`: every required template present, every partial it
    /// names present, no syntax errors. Fails naming the file (and line and column) at fault.
    public static func load(folder: String) throws(ThemeError) -> Theme {
        let files = try readFiles(folder: folder)
        let sources = files.sources
        for required in requiredTemplates where sources[required] == nil {
            throw ThemeError(
                "theme \(folder) has no templates/\(required).mustache (every theme needs \(requiredTemplates.map { "\($0).mustache" }.joined(separator: ", ")))"
            )
        }
        var library = MustacheLibrary()
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw ThemeError(
                    "theme \(folder): templates/\(name).mustache:\(error.context.lineNumber):\(error.context.columnNumber): syntax error: \(error.error)"
                )
            } catch {
                throw ThemeError("theme \(folder): templates/\(name).mustache: \(error)")
            }
        }
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            for reference in PartialReferences.find(in: text) where sources[reference.name] == nil {
                throw ThemeError(
                    "theme \(folder): templates/\(name).mustache:\(reference.line): partial \"\(reference.name)\" does not exist (no templates/\(reference.name).mustache)"
                )
            }
        }
        let rows = try loadRowTemplates(sources, folder: folder)
        let plans = try compilePlans(sources, folder: folder)
        return Theme(
            folder: folder, library: library, plans: plans.plans, planIndex: plans.index, rowTemplates: rows, assets: files.assets,
            fingerprint: files.fingerprint)
    }

    /// The fingerprint `load` gives the theme in `folder` (the bytes of every template and asset),
    /// without parsing anything: what tells a build that the theme is as it was. Nil when a file
    /// cannot be read (`load` says which).
    public static func fingerprint(folder: String) -> UInt64? {
        try? readFiles(folder: folder).fingerprint
    }

    /// The templates' texts by name, the asset files, and the fingerprint of all their bytes.
    static func readFiles(
        folder: String
    ) throws(ThemeError) -> (sources: [String: String], assets: [(path: String, bytes: [UInt8])], fingerprint: UInt64) {
        let templatesFolder = "\(folder)/templates"
        let names = listFiles(templatesFolder).filter { $0.hasSuffix(".mustache") }
        var sources: [String: String] = [:]
        var hasher = Fingerprinter()
        for file in names {
            let name = String(file.dropLast(".mustache".count))
            guard let data = FileManager.default.contents(atPath: "\(templatesFolder)/\(file)") else {
                throw ThemeError("theme \(folder): templates/\(file) cannot be read", .noInput)
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw ThemeError("theme \(folder): templates/\(file) is not UTF-8 text")
            }
            hasher.add(file)
            hasher.add(bytes: data)
            sources[name] = text
        }
        var assets: [(path: String, bytes: [UInt8])] = []
        for file in listFiles("\(folder)/assets") {
            guard let data = FileManager.default.contents(atPath: "\(folder)/assets/\(file)") else {
                throw ThemeError("theme \(folder): assets/\(file) cannot be read", .noInput)
            }
            hasher.add(file)
            hasher.add(bytes: data)
            assets.append((file, [UInt8](data)))
        }
        return (sources, assets, hasher.value)
    }

    /// Regular files under `folder`, relative paths, sorted; empty when the folder is missing.
    static func listFiles(_ folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var out: [String] = []
        while let item = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: "\(folder)/\(item)", isDirectory: &isFolder), !isFolder.boolValue,
                !item.split(separator: "/").contains(where: { $0.hasPrefix(".") })
            {
                out.append(item)
            }
        }
        return out.sorted()
    }
}
