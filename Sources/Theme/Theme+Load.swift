import Foundation
import Mustache
import PortingModel

extension Theme {
    /// Loads and checks the theme in `folder`: every required template present, every partial it
    /// names present, no syntax errors. Fails naming the file (and line and column) at fault.
    public static func load(folder: String) throws(ThemeError) -> Theme {
        try load(try read(folder: folder))
    }

    /// A theme's files, read and fingerprinted but not yet parsed: what tells a build that the theme
    /// is as it was, before it spends anything on parsing it.
    public struct Files: Sendable {
        public let folder: String
        let sources: [String: String]
        let assets: [(path: String, bytes: [UInt8])]
        /// The bytes of every template and asset (the loaded theme's `fingerprint`).
        public let fingerprint: UInt64
    }

    /// Loads and checks a theme from its files (see `load(folder:)`).
    public static func load(_ files: Files) throws(ThemeError) -> Theme {
        let (folder, sources) = (files.folder, files.sources)
        for required in requiredTemplates where sources[required] == nil {
            throw ThemeError(
                "theme \(folder) has no templates/\(required).mustache (every theme needs \(requiredTemplates.map { "\($0).mustache" }.joined(separator: ", ")))"
            )
        }
        // swift-mustache's parse (the syntax check, and what the reference tests render with) runs on
        // another core while the plans are compiled. Errors are reported in the same order either
        // way: syntax, missing partials, row templates, then what the compiler does not handle.
        let parsing = Eventually { parseLibrary(sources, folder: folder) }
        let plans = Result { () throws(ThemeError) in try compilePlans(sources, folder: folder) }
        let library = try parsing.value.get()
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            for reference in PartialReferences.find(in: text) where sources[reference.name] == nil {
                throw ThemeError(
                    "theme \(folder): templates/\(name).mustache:\(reference.line): partial \"\(reference.name)\" does not exist (no templates/\(reference.name).mustache)"
                )
            }
        }
        let rows = try loadRowTemplates(sources, folder: folder)
        let compiled = try plans.get()
        return Theme(
            folder: folder, library: library, plans: compiled.plans, planIndex: compiled.index, rowTemplates: rows, assets: files.assets,
            fingerprint: files.fingerprint)
    }

    /// Loads the theme without swift-mustache's syntax check when `syntaxVouched`: these very bytes
    /// passed it in a build already published (`syntaxCheckDigest`), and swift-mustache's parse
    /// costs more than everything else the theme needs. The compiler's own checks still run, and
    /// any failure falls back to `load`, so a broken theme is reported exactly as `load` reports
    /// it. Not vouched, or with `PORTDASH_TEST_REFERENCE=1`, this is `load`.
    public static func load(_ files: Files, syntaxVouched: Bool) throws(ThemeError) -> Theme {
        guard syntaxVouched, !checksAgainstReference else { return try load(files) }
        let sources = files.sources
        let compiled: (plans: [[PlanNode]], index: [String: Int]), rows: [String: RowTemplate]
        do {
            guard requiredTemplates.allSatisfy({ sources[$0] != nil }),
                sources.values.allSatisfy({ PartialReferences.find(in: $0).allSatisfy { sources[$0.name] != nil } })
            else { return try load(files) }
            rows = try loadRowTemplates(sources, folder: files.folder)
            compiled = try compilePlans(sources, folder: files.folder)
        } catch {
            return try load(files)
        }
        return Theme(
            folder: files.folder, library: nil, plans: compiled.plans, planIndex: compiled.index, rowTemplates: rows, assets: files.assets,
            fingerprint: files.fingerprint)
    }

    /// swift-mustache's syntax check added to a theme `load(_:syntaxVouched:)` compiles on another
    /// core: parsed here meanwhile, so nothing is compiled twice. Faults come in `load`'s order: a
    /// compile that failed fell back to `load`, whose error comes first; else the syntax error.
    public static func checkingSyntax(of compiled: Eventually<Result<Theme, ThemeError>>, files: Files) throws(ThemeError) -> Theme {
        let parsed = parseLibrary(files.sources, folder: files.folder)
        let theme = try compiled.value.get()
        if theme.library != nil { return theme }
        return Theme(
            folder: theme.folder, library: try parsed.get(), plans: theme.plans, planIndex: theme.planIndex, rowTemplates: theme.rowTemplates,
            assets: theme.assets, fingerprint: theme.fingerprint)
    }

    /// What vouches for a theme's syntax in a build's manifest: its bytes, under the portdash that
    /// checked them.
    public static func syntaxCheckDigest(_ files: Files, version: String) -> String { "\(version) \(files.fingerprint)" }

    /// Every template parsed by swift-mustache, in name order; the first syntax error, with its
    /// file, line and column.
    static func parseLibrary(_ sources: [String: String], folder: String) -> Result<MustacheLibrary, ThemeError> {
        var library = MustacheLibrary()
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                return .failure(
                    ThemeError(
                        "theme \(folder): templates/\(name).mustache:\(error.context.lineNumber):\(error.context.columnNumber): syntax error: \(error.error)"
                    ))
            } catch {
                return .failure(ThemeError("theme \(folder): templates/\(name).mustache: \(error)"))
            }
        }
        return .success(library)
    }

    /// Reads the templates and assets in `folder`; fails naming a file that cannot be read or is
    /// not UTF-8 text.
    public static func read(folder: String) throws(ThemeError) -> Files {
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
        return Files(folder: folder, sources: sources, assets: assets, fingerprint: hasher.value)
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
