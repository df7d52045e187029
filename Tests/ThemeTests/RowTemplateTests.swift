import Dashboard
import TestSupport
import Testing
import Theme

@Suite("Row templates and theme loading")
struct RowTemplateTests {
    @Test("a row template escapes values, passes raw ones, and tests sections")
    func render() throws {
        let template = try RowTemplate("<td>{{a}}</td>{{#b}}<b>{{b}}</b>{{/b}}{{^b}}none{{/b}}{{{c}}}", fields: ["a", "b", "c"], file: "t")
        var out: [UInt8] = []
        template.render(["<x> & \"y\" 'z'", "", "<i>ok</i>"], into: &out)
        #expect(String(decoding: out, as: UTF8.self) == "<td>&lt;x&gt; &amp; &quot;y&quot; &#39;z&#39;</td>none<i>ok</i>")
        out = []
        template.render(["", "B", ""], into: &out)
        #expect(String(decoding: out, as: UTF8.self) == "<td></td><b>B</b>")
    }

    @Test(
        "row template errors name the file, line and column",
        arguments: [
            ("<td>\n  {{nope}}</td>", "t.mustache:2:3: row templates offer a; \"nope\" is not one of them"),
            ("{{#a}}open", "t.mustache:1:11: syntax error: {{#a}} is not closed"),
            ("{{> partial}}", "t.mustache:1:1: row templates cannot use {{>...}}; use {{name}}, {{{name}}} and {{#name}} sections"),
            ("{{a", "t.mustache:1:1: syntax error: tag is not closed"),
        ])
    func errors(_ text: String, _ message: String) {
        #expect(throws: ThemeError.self) { try RowTemplate(text, fields: ["a"], file: "t.mustache") }
        do { _ = try RowTemplate(text, fields: ["a"], file: "t.mustache") } catch { #expect(error.description == message) }
    }

    @Test("the default theme loads, and a theme without a template is refused naming it")
    func load() throws {
        let theme = try Theme.load(folder: SiteInspection.defaultTheme)
        #expect(theme.assets.map(\.path).contains("portdash.css"))
        let folder = TemporaryFolder("theme")
        folder.write("t/templates/layout.mustache", "x")
        do {
            _ = try Theme.load(folder: folder.file("t"))
            Issue.record("expected a refusal")
        } catch {
            #expect(error.description.hasPrefix("theme \(folder.file("t")) has no templates/index.mustache"))
        }
    }

    @Test("a theme missing a row template is refused naming it")
    func missingRow() throws {
        let folder = TemporaryFolder("theme-rows")
        for name in Theme.requiredTemplates { folder.write("t/templates/\(name).mustache", "<p>\(name)</p>") }
        do {
            _ = try Theme.load(folder: folder.file("t"))
            Issue.record("expected a refusal")
        } catch {
            #expect(
                error.description
                    == "theme \(folder.file("t")) has no templates/rows/inventory-entry.mustache (large tables are rendered from row templates: see docs/themes.md)"
            )
        }
    }

    @Test("a missing theme is an input error")
    func missingTheme() {
        #expect(throws: ThemeError.self) { try Theme.locate("no-such-theme", workingFolder: "/nonexistent") }
    }
}
