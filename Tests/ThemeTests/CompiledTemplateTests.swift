import Dashboard
import Foundation
import Mustache
import PortingModel
import Testing

@testable import Theme

/// The compiled render plans against swift-mustache, byte for byte: the Mustache specification's
/// tests and 1,000 generated templates and contexts (fixed seed, printed on failure; set
/// PORTDASH_TEST_SEED to try another). Both renderers read the same typed models; swift-mustache
/// reads them converted to dictionaries and arrays. Every page kind of real sites is compared the
/// same way by `ReferenceRenderTests`, which builds whole sites with PORTDASH_TEST_REFERENCE=1.
@Suite("Compiled templates render as swift-mustache does")
struct CompiledTemplateTests {
    static let seed: UInt64 = ProcessInfo.processInfo.environment["PORTDASH_TEST_SEED"].flatMap { UInt64($0) } ?? 20_261_129

    /// A model whose names are only known at run time: a test's data.
    struct Node: TemplateModel {
        static let templateFields = TemplateFields<Node>([:])
        let names: [String]
        let values: [Int: TemplateValue]

        init(_ fields: [(String, TemplateValue)]) {
            names = fields.map(\.0)
            var values: [Int: TemplateValue] = [:]
            for (name, value) in fields where values[TemplateSymbols.intern(name)] == nil { values[TemplateSymbols.intern(name)] = value }
            self.values = values
        }

        func templateValue(_ symbol: Int) -> TemplateValue? {
            guard let value = values[symbol] else { return nil }
            if case .absent = value { return nil }
            return value
        }
        var templateFieldNames: [String] { names }
    }

    /// Renders `main` both ways; nil when both agree (or both refuse the templates, or the case
    /// prints a list or a model, which the compiled plan leaves out), a message when they disagree.
    static func compare(_ templates: [String: String], data: TemplateValue) -> String? {
        let compiled: Theme
        do {
            compiled = try Theme(templates: templates)
        } catch {
            var library = MustacheLibrary()
            do {
                for (name, text) in templates { library.register(try MustacheTemplate(string: text), named: name) }
            } catch {
                return nil
            }
            // Refusing more than swift-mustache must be a documented unsupported feature.
            let text = templates.values.joined()
            if text.contains("(") || text.contains("*") || text.contains("%") { return nil }
            return "compiled refused what swift-mustache renders: \(error)"
        }
        let (ours, unprintable) = compiled.renderCounting("main", [data])
        if unprintable > 0 { return skipped }
        let theirs = compiled.library?.render(compiled.referenceObject(data) ?? "", withTemplate: "main") ?? ""
        return ours == theirs ? nil : "compiled \(ours.debugDescription)\nreference \(theirs.debugDescription)"
    }

    static let skipped = "skipped"

    // MARK: The specification's tests

    static func specValue(_ json: Any) -> TemplateValue {
        switch json {
        case let object as [String: Any]:
            return .model(Node(object.sorted { $0.key < $1.key }.map { ($0.key, specValue($0.value)) }))
        case let array as [Any]:
            return .list(array.map(specValue))
        case let text as String:
            return .text(text)
        case let number as NSNumber:
            if String(cString: number.objCType) == "c" { return .flag(number.boolValue) }
            if number.doubleValue == number.doubleValue.rounded() { return .number(number.intValue) }
            return .text(String(describing: number.doubleValue))
        default:
            return .absent
        }
    }

    static let specFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("mustache-spec")

    @Test(
        "the Mustache specification's tests render as swift-mustache renders them",
        arguments: ["comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance"])
    func specification(_ file: String) throws {
        let data = try Data(contentsOf: Self.specFolder.appendingPathComponent("\(file).json"))
        let spec = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let tests = try #require(spec["tests"] as? [[String: Any]])
        #expect(tests.count > 10)
        for test in tests {
            var templates = (test["partials"] as? [String: String]) ?? [:]
            templates["main"] = test["template"] as? String ?? ""
            let problem = Self.compare(templates, data: Self.specValue(test["data"] ?? [:]))
            #expect(problem == nil || problem == Self.skipped, "\(file): \(test["name"] ?? ""): \(problem ?? "")")
        }
    }

    // MARK: Generated templates and contexts

    struct Random {
        var generator: SeededRandom
        init(state: UInt64) { generator = SeededRandom(seed: state) }
        mutating func below(_ n: Int) -> Int { Int(generator.next() % UInt64(n)) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    static let names = ["a", "b", "c", "list", "obj", "obj.a", "obj.list", "list.a", ".", ".a", "missing", "a.b.c", "flag"]
    static let texts = ["", "x", " ", "<b>&amp;</b>", "\"q\" 'a'", "é\u{301}", "line\nnext", "\r\n", "{{a}}", "  ", "\t"]
    static let fieldNames = ["a", "b", "c", "list", "obj", "flag"]

    static func value(_ r: inout Random, depth: Int) -> TemplateValue {
        switch r.below(depth > 2 ? 4 : 8) {
        case 0: return .absent
        case 1: return .text(r.pick(texts))
        case 2: return .number(r.below(3) - 1)
        case 3: return .flag(r.below(2) == 0)
        case 4, 5: return node(&r, depth: depth + 1)
        default: return .list((0..<r.below(4)).map { _ in r.below(3) == 0 ? .text(r.pick(texts)) : node(&r, depth: depth + 1) })
        }
    }

    static func node(_ r: inout Random, depth: Int) -> TemplateValue {
        .model(Node(fieldNames.filter { _ in r.below(3) != 0 }.map { ($0, value(&r, depth: depth)) }))
    }

    /// Template text: literal text with spaces and newlines, every kind of tag, sections nested a
    /// few deep, standalone tags on their own (indented) lines, partials and blocks.
    static func template(_ r: inout Random, depth: Int, partials: Bool, blocks: Bool) -> String {
        var out = ""
        for _ in 0..<r.below(6) + 1 {
            let indent = r.pick(["", "", " ", "  ", "\t"])
            let newline = r.pick(["", "", "\n", "\r\n"])
            switch r.below(depth > 2 ? 6 : 10) {
            case 0, 1: out += r.pick(["x", " y ", "\n", "  \n", "<p>", "&", "{ }", "é", "a\r\nb", "}}"])
            case 2: out += indent + "{{\(r.pick(names))}}" + newline
            case 3: out += indent + r.pick(["{{{\(r.pick(names))}}}", "{{& \(r.pick(names)) }}"]) + newline
            case 4: out += indent + "{{! a comment }}" + newline
            case 5:
                if partials { out += indent + "{{>\(r.pick(["p1", "p2", "nope"]))}}" + newline } else { out += "{{a}}" }
            default:
                let name = r.pick(names)
                let sigil = r.pick(["#", "#", "^"])
                let inner = template(&r, depth: depth + 1, partials: partials, blocks: blocks)
                if blocks && r.below(4) == 0 {
                    let block = r.pick(["b1", "b2"])
                    out += indent + "{{$\(block)}}" + newline + inner + indent + "{{/\(block)}}" + newline
                } else {
                    out += indent + "{{\(sigil)\(name)}}" + newline + inner + indent + "{{/\(name)}}" + newline
                }
            }
        }
        return out
    }

    @Test("1,000 generated templates and contexts render byte for byte as swift-mustache renders them")
    func generated() {
        var r = Random(state: Self.seed)
        var compared = 0
        var case_ = 0
        while compared < 1_000 {
            case_ += 1
            var templates = [
                "p1": Self.template(&r, depth: 2, partials: false, blocks: false),
                "p2": Self.template(&r, depth: 1, partials: false, blocks: true) + "{{>p1}}",
                "main": Self.template(&r, depth: 0, partials: true, blocks: true),
            ]
            if r.below(4) == 0 {
                templates["layout"] = "<h>{{$b1}}default one{{/b1}}</h>\n  {{$b2}}\n  default two\n  {{/b2}}\n{{>p1}}"
                // No partials in the override: p2's own b1 would take it and include p2 again, forever.
                templates["main"] =
                    "{{<layout}}\n{{$b1}}" + Self.template(&r, depth: 1, partials: false, blocks: false) + "{{/b1}}\n{{/layout}}"
                    + Self.template(&r, depth: 1, partials: false, blocks: false)
            }
            let data = Self.node(&r, depth: 0)
            let problem = Self.compare(templates, data: data)
            if problem == Self.skipped { continue }
            if let problem {
                Issue.record("seed \(Self.seed), case \(case_): \(problem)\ntemplates: \(templates)")
                return
            }
            compared += 1
        }
        // Most generated cases must be comparable, or the test would prove little.
        #expect(case_ < 3_000, "\(case_) cases generated for 1,000 comparable ones")
    }

    @Test("HTML escaping is by byte: a quote followed by a combining mark is still escaped")
    func combiningMarks() throws {
        // swift-mustache escapes by Character, so `"` + U+0301 (one Character) would pass
        // unescaped and could end an attribute; the compiled plan escapes every `"`.
        let theme = try Theme(templates: ["main": "<a title=\"{{a}}\">"])
        let html = theme.render("main", [.model(Node([("a", .text("\"\u{301} onmouseover=x"))]))])
        #expect(html == "<a title=\"&quot;\u{301} onmouseover=x\">")
    }

    @Test("what the compiler does not handle is refused with the line and column")
    func refused() {
        for (text, message) in [
            ("x\n  {{uppercased(a)}}", "2:5: transforms such as {{uppercased(a)}} are not supported"),
            ("{{>*dynamic}}", "1:4: dynamic partials ({{>*name}}) are not supported"),
            ("{{#a}}\n{{/b}}", "2:4: {{/b}} closes {{#a}}: the names differ"),
        ] {
            #expect(throws: ThemeError.self) { try Theme.compilePlans(["main": text], folder: "t") }
            do { _ = try Theme.compilePlans(["main": text], folder: "t") } catch {
                #expect(error.description.hasSuffix("templates/main.mustache:\(message)"), "\(error.description)")
            }
        }
    }
}
