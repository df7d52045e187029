import Dashboard

/// One step of a compiled template. Names are interned symbols, partials are indexes into the
/// theme's list of plans, so rendering looks nothing up by text.
indirect enum PlanNode: Sendable {
    case text(String)
    case variable(PlanName, escaped: Bool)
    case section(PlanName, [PlanNode], inverted: Bool)
    /// A partial (`{{>name}}`) or a parent (`{{<name}}` with block overrides); `indentation` is
    /// set for a standalone tag and indents every line the partial prints.
    case partial(name: String, index: Int, indentation: String?, overrides: [PlanBlock]?)
    /// A block (`{{$name}}default{{/name}}`) that a child template may override.
    case block(symbol: Int, defaults: [PlanNode], indentation: String)
    /// A block's override inside a parent tag; only kept in `overrides`.
    case blockDefinition(PlanBlock)
}

/// An override of a block by a template that inherits a parent.
struct PlanBlock: Sendable {
    let symbol: Int
    let nodes: [PlanNode]
}

/// A name as a template wrote it, split at dots and interned.
struct PlanName: Sendable {
    enum Kind: Sendable {
        /// `.`: the current value.
        case current
        /// `.a.b`: looked up in the current value only.
        case anchored
        /// `a.b`: `a` looked up from the innermost value outwards, then `b` in what was found.
        case searched
    }
    let kind: Kind
    let symbols: [Int]
    let text: String

    init(_ text: String) {
        self.text = text
        // As swift-mustache: split drops empty parts, so "" and "a..b" are valid names.
        symbols = text.split(separator: ".").map { TemplateSymbols.intern(String($0)) }
        kind = text == "." ? .current : text.first == "." ? .anchored : .searched
    }
}
