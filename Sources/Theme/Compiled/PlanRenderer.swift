import Dashboard

/// Renders compiled plans over typed models: names are interned symbols looked up in each model's
/// field table, values are enums, output is appended as UTF-8 bytes to one array (appending to a
/// string checks its storage, ASCII flag and count on every append: a fifth of a build's work).
struct PlanRenderer {
    let plans: [[PlanNode]]
    /// Appends a large table's rows to the page (`Theme.append`).
    let rows: (RowSet, inout [UInt8]) -> Void
    /// The values names are looked up in, innermost last, each with its model's field slots.
    var frames: [Frame]
    /// Variables that named a list or a model, which print nothing (swift-mustache prints Swift's
    /// debug description of them, which is no use on a page and, for a model, not even stable).
    var unprintable = 0

    /// A value on the lookup stack, with its field slots by symbol (`TemplateModel.templateSlots`),
    /// so a name a model does not have costs no call into it. Anything but a model has no slots
    /// (`[]`); a model that answers `templateValue(_:)` itself has none to read (nil) and is asked.
    struct Frame {
        let value: TemplateValue
        let slots: [Int32]?

        init(_ value: TemplateValue) {
            self.value = value
            if case .model(let model) = value { slots = model.templateSlots } else { slots = [] }
        }
    }

    init(plans: [[PlanNode]], rows: @escaping (RowSet, inout [UInt8]) -> Void, stack: [TemplateValue]) {
        self.plans = plans
        self.rows = rows
        frames = stack.map(Frame.init)
    }

    /// Renders `nodes` and appends the result to `out`. With a non-empty `indentation` (inside a
    /// standalone partial), every line the nodes print begins with it, as swift-mustache does.
    mutating func render(_ nodes: [PlanNode], indentation: String?, overrides: [PlanBlock]?, into out: inout [UInt8]) {
        guard let indentation, !indentation.isEmpty else {
            for node in nodes { render(node, indentation: indentation, overrides: overrides, into: &out) }
            return
        }
        var local: [UInt8] = []
        for node in nodes {
            var piece: [UInt8] = []
            render(node, indentation: indentation, overrides: overrides, into: &piece)
            if !piece.isEmpty, Self.endsWithLineFeed(local) { local.append(utf8: indentation) }
            local += piece
        }
        out += local
    }

    /// Whether the text ends with a "\n" character, as swift-mustache sees it: "\r\n" is one
    /// character (a grapheme), which is not "\n".
    static func endsWithLineFeed(_ bytes: [UInt8]) -> Bool {
        guard bytes.last == UInt8(ascii: "\n") else { return false }
        return bytes.count < 2 || bytes[bytes.count - 2] != UInt8(ascii: "\r")
    }

    mutating func render(_ node: PlanNode, indentation: String?, overrides: [PlanBlock]?, into out: inout [UInt8]) {
        switch node {
        case .text(let text):
            out.append(utf8: text)
        case .variable(let name, let escaped):
            guard let value = lookup(name) else { return }
            switch value {
            case .text(let text): if escaped { HTMLEscape.append(text, to: &out) } else { out.append(utf8: text) }
            case .number(let number): out.append(utf8: String(number))
            case .flag(let flag): out.append(utf8: flag ? "true" : "false")
            case .rows(let set): rows(set, &out)
            case .list, .model: unprintable += 1
            case .absent: break
            }
        case .section(let name, let inner, let inverted):
            let value = lookup(name)
            if inverted {
                renderInverted(value, inner, indentation: indentation, overrides: overrides, into: &out)
            } else {
                renderSection(value, inner, indentation: indentation, overrides: overrides, into: &out)
            }
        case .partial(_, let index, let partialIndentation, let blocks):
            guard index >= 0 else { return }
            let combined = partialIndentation.map { (indentation ?? "") + $0 } ?? indentation
            var merged = overrides
            if let blocks {
                if var outer = overrides {
                    // As swift-mustache: an override from further out wins over a nearer one.
                    for block in blocks where !outer.contains(where: { $0.symbol == block.symbol }) { outer.append(block) }
                    merged = outer
                } else {
                    merged = blocks
                }
            }
            render(plans[index], indentation: combined, overrides: merged, into: &out)
        case .block(let symbol, let defaults, let blockIndentation):
            let combined = (indentation ?? "") + blockIndentation
            if let override = overrides?.first(where: { $0.symbol == symbol }) {
                render(override.nodes, indentation: combined, overrides: overrides, into: &out)
            } else {
                render(defaults, indentation: combined, overrides: overrides, into: &out)
            }
        case .blockDefinition:
            break
        }
    }

    mutating func renderSection(_ value: TemplateValue?, _ inner: [PlanNode], indentation: String?, overrides: [PlanBlock]?, into out: inout [UInt8])
    {
        switch value {
        case .none, .absent?: return
        case .flag(let flag)?:
            if flag { render(inner, indentation: indentation, overrides: overrides, into: &out) }
        case .list(let items)?:
            for item in items {
                frames.append(Frame(item))
                render(inner, indentation: indentation, overrides: overrides, into: &out)
                frames.removeLast()
            }
        case .some(let value):
            frames.append(Frame(value))
            render(inner, indentation: indentation, overrides: overrides, into: &out)
            frames.removeLast()
        }
    }

    mutating func renderInverted(_ value: TemplateValue?, _ inner: [PlanNode], indentation: String?, overrides: [PlanBlock]?, into out: inout [UInt8])
    {
        switch value {
        case .none, .absent?:
            render(inner, indentation: indentation, overrides: overrides, into: &out)
        case .flag(let flag)?:
            if !flag { render(inner, indentation: indentation, overrides: overrides, into: &out) }
        case .list(let items)?:
            guard items.isEmpty else { return }
            frames.append(Frame(.list(items)))
            render(inner, indentation: indentation, overrides: overrides, into: &out)
            frames.removeLast()
        case .some:
            return
        }
    }

    /// Finds a name as swift-mustache does: `.` is the current value; `a.b` finds `a` in the
    /// innermost value that has it, then `b` in that; `.a` looks only in the current value.
    func lookup(_ name: PlanName) -> TemplateValue? {
        switch name.kind {
        case .current:
            return frames.last?.value
        case .anchored:
            guard var value = frames.last?.value else { return nil }
            for symbol in name.symbols {
                guard let child = Self.child(of: value, symbol) else { return nil }
                value = child
            }
            return value
        case .searched:
            guard let first = name.symbols.first else { return frames.last?.value }
            var i = frames.count
            while i > 0 {
                i -= 1
                var found: TemplateValue
                if let slots = frames[i].slots {
                    guard first < slots.count, slots[first] >= 0, case .model(let model) = frames[i].value,
                        let value = model.templateValue(slot: slots[first])
                    else { continue }
                    found = value
                } else {
                    guard let value = Self.child(of: frames[i].value, first) else { continue }
                    found = value
                }
                for symbol in name.symbols.dropFirst() {
                    guard let child = Self.child(of: found, symbol) else { return nil }
                    found = child
                }
                return found
            }
            return nil
        }
    }

    static func child(of value: TemplateValue, _ symbol: Int) -> TemplateValue? {
        guard case .model(let model) = value else { return nil }
        return model.templateValue(symbol)
    }
}
