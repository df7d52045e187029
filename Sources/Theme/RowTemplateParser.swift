import Foundation

/// Parses the row-template subset of Mustache, failing with the file, line and column.
struct RowTemplateParser {
    let text: [Character]
    let file: String
    let index: [String: Int]
    var position = 0

    init(text: String, file: String, index: [String: Int]) {
        self.text = Array(text)
        self.file = file
        self.index = index
    }

    func location(_ at: Int) -> String {
        var line = 1, column = 1
        for c in text[0..<min(at, text.count)] {
            if c == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return "\(file):\(line):\(column)"
    }

    func field(_ name: String, at: Int) throws(ThemeError) -> Int {
        guard let i = index[name] else {
            throw ThemeError("\(location(at)): row templates offer \(index.keys.sorted().joined(separator: ", ")); \"\(name)\" is not one of them")
        }
        return i
    }

    mutating func parse(until closing: String?) throws(ThemeError) -> [RowTemplate.Part] {
        var parts: [RowTemplate.Part] = []
        var literal = ""
        while position < text.count {
            if text[position] == "{" && position + 1 < text.count && text[position + 1] == "{" {
                let start = position
                let triple = position + 2 < text.count && text[position + 2] == "{"
                let close = triple ? "}}}" : "}}"
                let bodyStart = position + (triple ? 3 : 2)
                guard let end = find(close, from: bodyStart) else {
                    throw ThemeError("\(location(start)): syntax error: tag is not closed")
                }
                let body = String(text[bodyStart..<end]).trimmingCharacters(in: .whitespaces)
                position = end + close.count
                if !literal.isEmpty { parts.append(.text(Array(literal.utf8))); literal = "" }
                if triple { parts.append(.raw(try field(body, at: start))); continue }
                switch body.first {
                case "#", "^":
                    let name = String(body.dropFirst()).trimmingCharacters(in: .whitespaces)
                    let i = try field(name, at: start)
                    let inner = try parse(until: name)
                    parts.append(.section(i, inverted: body.first == "^", inner))
                case "/":
                    let name = String(body.dropFirst()).trimmingCharacters(in: .whitespaces)
                    guard name == closing else { throw ThemeError("\(location(start)): syntax error: {{/\(name)}} closes nothing open") }
                    return parts
                case "!":
                    continue
                case "&":
                    parts.append(.raw(try field(String(body.dropFirst()).trimmingCharacters(in: .whitespaces), at: start)))
                case ">", "<", "$", "=":
                    throw ThemeError(
                        "\(location(start)): row templates cannot use {{\(body.first!)...}}; use {{name}}, {{{name}}} and {{#name}} sections")
                default:
                    parts.append(.escaped(try field(body, at: start)))
                }
            } else {
                literal.append(text[position])
                position += 1
            }
        }
        if let closing { throw ThemeError("\(location(position)): syntax error: {{#\(closing)}} is not closed") }
        if !literal.isEmpty { parts.append(.text(Array(literal.utf8))) }
        return parts
    }

    func find(_ needle: String, from: Int) -> Int? {
        let n = Array(needle)
        var i = from
        while i + n.count <= text.count {
            if Array(text[i..<(i + n.count)]) == n { return i }
            i += 1
        }
        return nil
    }
}
