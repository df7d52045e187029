import Foundation

/// Finds the partials a template names (`{{> name}}` and `{{< name}}`), because swift-mustache
/// renders a missing partial as nothing, which must not pass silently.
enum PartialReferences {
    static func find(in text: String) -> [(name: String, line: Int)] {
        var out: [(name: String, line: Int)] = []
        var line = 1
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            line += rest[rest.startIndex..<open.lowerBound].filter { $0 == "\n" }.count
            var tag = rest[open.upperBound...]
            guard let close = tag.range(of: "}}") else { break }
            let body = tag[tag.startIndex..<close.lowerBound]
            tag = tag[close.upperBound...]
            let trimmed = body.drop { $0 == " " }
            if let sigil = trimmed.first, sigil == ">" || sigil == "<" {
                let name = trimmed.dropFirst().trimmingCharacters(in: .whitespaces)
                if !name.isEmpty && !name.hasPrefix("*") { out.append((name, line)) }
            }
            line += body.filter { $0 == "\n" }.count
            rest = tag
        }
        return out
    }
}
