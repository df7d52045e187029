import Mustache

extension Theme {
    /// A theme of `templates` (name to Mustache text) alone, with no files: for tests.
    init(templates: [String: String]) throws {
        var library = MustacheLibrary()
        for (name, text) in templates { library.register(try MustacheTemplate(string: text), named: name) }
        let plans = try Self.compilePlans(templates, folder: "(memory)")
        self.init(folder: "", library: library, plans: plans.plans, planIndex: plans.index, rowTemplates: [:], assets: [], fingerprint: 0)
    }
}
