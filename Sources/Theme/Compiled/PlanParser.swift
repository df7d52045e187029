import Dashboard

/// Compiles Mustache text into plan nodes. A port of swift-mustache's parser (Apache-2.0, the
/// Hummingbird authors): the same rules for standalone lines, indentation, delimiters, partials and
/// inheritance, so a compiled template prints exactly what swift-mustache prints. What portdash's
/// compiler does not handle (transforms such as `{{uppercased(x)}}`, dynamic partials `{{>*x}}`,
/// `{{% CONTENT_TYPE }}`) is refused with the line and column.
struct PlanParser {
    struct Failure: Error {
        let message: String
        let line: Int
        let column: Int
    }

    struct State {
        var sectionName: String?
        var newLine = true
        var isPartialDefinition = false
        var isPartialDefinitionTopLevel = false
        var start = "{{"
        var end = "}}"
        var partialDefinitionIndent: String?

        func withSectionName(_ name: String, newLine: Bool) -> State {
            var state = self
            state.sectionName = name
            state.isPartialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func withInheritancePartial(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.newLine = true
            state.isPartialDefinition = true
            state.isPartialDefinitionTopLevel = true
            return state
        }
    }

    static let nameCharacters = ASCIISet("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*")
    static let partialNameCharacters = ASCIISet("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?()*/")

    var scanner: MustacheScanner

    static func compile(_ text: String) throws(Failure) -> [PlanNode] {
        var parser = PlanParser(scanner: MustacheScanner(text))
        return try parser.parse(State())
    }

    func failure(_ message: String, at position: Int? = nil) -> Failure {
        var at = scanner
        if let position { at.position = position }
        let (line, column) = at.lineAndColumn
        return Failure(message: message, line: line, column: column)
    }

    mutating func parse(_ initial: State) throws(Failure) -> [PlanNode] {
        var nodes: [PlanNode] = []
        var state = initial
        var whiteSpaceBefore = ""
        while !scanner.reachedEnd {
            if state.newLine {
                let whiteSpace = scanner.read(while: { $0 == " " || $0 == "\t" })
                if state.isPartialDefinition, !state.isPartialDefinitionTopLevel {
                    if let indent = state.partialDefinitionIndent {
                        whiteSpaceBefore = String(whiteSpace.dropFirst(indent.count))
                    } else {
                        state.partialDefinitionIndent = whiteSpace
                    }
                } else {
                    whiteSpaceBefore = whiteSpace
                }
            }
            let text = readUntilDelimiterOrNewline(state)
            if scanner.current.isNewline {
                nodes.append(.text(whiteSpaceBefore + text + String(scanner.current)))
                state.newLine = true
                scanner.advance()
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(whiteSpaceBefore + text))
                whiteSpaceBefore = ""
                state.newLine = false
            }
            if scanner.reachedEnd { break }
            var setNewLine = false
            switch scanner.current {
            case "#", "^":
                let inverted = scanner.current == "^"
                scanner.advance()
                let name = try parseName(state)
                if isStandalone(state) {
                    setNewLine = true
                } else if !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                let inner = try parse(state.withSectionName(name, newLine: setNewLine))
                nodes.append(.section(PlanName(name), inner, inverted: inverted))
            case "/":
                scanner.advance()
                let position = scanner.position
                let name = try parseName(state)
                guard name == state.sectionName else {
                    scanner.position = position
                    throw failure(
                        state.sectionName.map { "{{/\(name)}} closes {{#\($0)}}: the names differ" } ?? "{{/\(name)}} closes no open section")
                }
                if isStandalone(state) {
                    setNewLine = true
                } else if !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                return nodes
            case "!":
                scanner.advance()
                guard scanner.skip(past: state.end) else { throw failure("a comment is not closed with \(state.end)") }
                setNewLine = isStandalone(state)
            case "{", "&":
                let triple = scanner.current == "{"
                if !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                scanner.advance()
                let name = try parseName(state)
                if triple, !scanner.read("}") { throw failure("{{{\(name)}} is not closed with }}}") }
                nodes.append(.variable(PlanName(name), escaped: false))
            case ">":
                scanner.advance()
                scanner.readWhitespace()
                if scanner.current == "*" { throw failure("dynamic partials ({{>*name}}) are not supported") }
                let name = try parsePartialName(state)
                if !whiteSpaceBefore.isEmpty { nodes.append(.text(whiteSpaceBefore)) }
                if isStandalone(state) {
                    setNewLine = true
                    nodes.append(.partial(name: name, index: -1, indentation: whiteSpaceBefore, overrides: nil))
                } else {
                    nodes.append(.partial(name: name, index: -1, indentation: nil, overrides: nil))
                }
                whiteSpaceBefore = ""
            case "<":
                scanner.advance()
                scanner.readWhitespace()
                let name = try parsePartialName(state)
                if name.first == "*" { throw failure("dynamic parents ({{<*name}}) are not supported") }
                if !whiteSpaceBefore.isEmpty { nodes.append(.text(whiteSpaceBefore)) }
                if isStandalone(state) { setNewLine = true }
                let inner = try parse(state.withInheritancePartial(name))
                var overrides: [PlanBlock] = []
                for node in inner {
                    switch node {
                    case .blockDefinition(let block): overrides.append(block)
                    case .text: break
                    default: throw failure("only blocks ({{$name}}...{{/name}}) may appear inside {{<\(name)}}")
                    }
                }
                nodes.append(.partial(name: name, index: -1, indentation: whiteSpaceBefore, overrides: overrides))
                whiteSpaceBefore = ""
            case "$":
                scanner.advance()
                let name = try parseName(state)
                let symbol = TemplateSymbols.intern(name)
                if state.isPartialDefinitionTopLevel {
                    if isStandalone(state) { setNewLine = true }
                    let inner = try parse(state.withSectionName(name, newLine: setNewLine))
                    nodes.append(.blockDefinition(PlanBlock(symbol: symbol, nodes: inner)))
                } else {
                    if !whiteSpaceBefore.isEmpty { nodes.append(.text(whiteSpaceBefore)) }
                    if isStandalone(state) { setNewLine = true }
                    let inner = try parse(state.withSectionName(name, newLine: setNewLine))
                    nodes.append(.block(symbol: symbol, defaults: inner, indentation: whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
            case "=":
                scanner.advance()
                try setDelimiters(&state)
                setNewLine = isStandalone(state)
            case "%":
                throw failure("{{% ...}} settings are not supported")
            default:
                if !whiteSpaceBefore.isEmpty {
                    nodes.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                let name = try parseName(state)
                nodes.append(.variable(PlanName(name), escaped: true))
            }
            state.newLine = setNewLine
        }
        if let open = state.sectionName { throw failure("{{#\(open)}} is never closed") }
        return nodes
    }

    mutating func readUntilDelimiterOrNewline(_ state: State) -> String {
        guard let first = state.start.first else { return "" }
        var text = ""
        while !scanner.reachedEnd {
            text += scanner.read(until: { $0 == "\n" || $0 == "\r\n" || $0 == first })
            if scanner.current.isNewline {
                break
            } else if scanner.current == first {
                if scanner.read(state.start) { break }
                text.append(first)
                scanner.advance()
            }
        }
        return text
    }

    mutating func parseName(_ state: State) throws(Failure) -> String {
        let start = scanner.position
        scanner.readWhitespace()
        let name = scanner.read(while: Self.nameCharacters.contains)
        scanner.readWhitespace()
        guard scanner.read(state.end) else { throw failure("a tag is not closed with \(state.end)") }
        if name.utf8.contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") }) {
            throw failure("transforms such as {{\(name)}} are not supported", at: start)
        }
        return name
    }

    mutating func parsePartialName(_ state: State) throws(Failure) -> String {
        scanner.readWhitespace()
        let name = scanner.read(while: Self.partialNameCharacters.contains)
        scanner.readWhitespace()
        guard scanner.read(state.end) else { throw failure("a partial's tag is not closed with \(state.end)") }
        return name
    }

    mutating func setDelimiters(_ state: inout State) throws(Failure) {
        scanner.readWhitespace()
        guard let start = scanner.read(upTo: \.isWhitespace) else { throw failure("a {{= =}} tag is badly formed") }
        scanner.readWhitespace()
        guard let end = scanner.read(upTo: { $0 == "=" || $0.isWhitespace }) else { throw failure("a {{= =}} tag is badly formed") }
        scanner.readWhitespace()
        guard scanner.read("="), scanner.read(state.end), !start.isEmpty, !end.isEmpty else {
            throw failure("a {{= =}} tag is badly formed")
        }
        state.start = start
        state.end = end
        state.isPartialDefinitionTopLevel = false
    }

    /// A tag alone on its line: the line's newline is consumed with it.
    mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if scanner.reachedEnd { return true }
        var ahead = scanner
        ahead.read(while: { $0 == " " || $0 == "\t" })
        if ahead.current.isNewline {
            ahead.advance()
            scanner.position = ahead.position
            return true
        }
        return false
    }
}
