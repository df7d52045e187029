import Dashboard
import Foundation
import Mustache

/// swift-mustache as the reference the compiled plans are held to. Sites are never built with it;
/// tests render through it and compare bytes (`renderReference`), and a build run with
/// `PORTDASH_TEST_REFERENCE=1` renders every page both ways and stops at the first difference.
extension Theme {
    static let checksAgainstReference = ProcessInfo.processInfo.environment["PORTDASH_TEST_REFERENCE"] == "1"

    /// Renders template `name` with swift-mustache from the same models, merged into one context
    /// (innermost wins, as the compiled plan looks them up).
    public func renderReference(_ name: String, _ models: [TemplateValue]) -> String {
        var merged: [String: Any] = [:]
        for model in models {
            guard let object = referenceObject(model) as? [String: Any] else { continue }
            merged.merge(object) { _, inner in inner }
        }
        guard let library else { preconditionFailure("a theme loaded without swift-mustache's check has no reference renderer") }
        return library.render(merged, withTemplate: name) ?? ""
    }

    /// A value as swift-mustache reads it: dictionaries, arrays, strings, integers and booleans.
    func referenceObject(_ value: TemplateValue) -> Any? {
        switch value {
        case .text(let text): return text
        case .number(let number): return number
        case .flag(let flag): return flag
        case .rows(let rows): return render(rows)
        case .absent: return nil
        case .list(let items): return items.map { referenceObject($0) ?? "" }
        case .model(let model):
            var object: [String: Any] = [:]
            for name in model.templateFieldNames {
                if let child = model.templateValue(TemplateSymbols.intern(name)), let converted = referenceObject(child) {
                    object[name] = converted
                }
            }
            return object
        }
    }

    /// Stops the process when the compiled plan and swift-mustache disagree about a page.
    func verifyAgainstReference(_ name: String, _ models: [TemplateValue], _ html: String) {
        let reference = renderReference(name, models)
        guard reference != html else { return }
        let at = zip(html.utf8, reference.utf8).prefix { $0 == $1 }.count
        let context = String(decoding: reference.utf8.dropFirst(max(0, at - 40)).prefix(120), as: UTF8.self)
        FileHandle.standardError.write(
            Data("portdash: template \(name): the compiled plan differs from swift-mustache at byte \(at), near: \(context)\n".utf8))
        exit(70)
    }
}
