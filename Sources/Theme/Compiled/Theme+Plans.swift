import Dashboard

extension Theme {
    /// Compiles every template to a plan and links partials to their plans by index. A template
    /// that uses what the compiler does not handle is refused with its file, line and column.
    static func compilePlans(_ sources: [String: String], folder: String) throws(ThemeError) -> (plans: [[PlanNode]], index: [String: Int]) {
        let names = sources.keys.sorted()
        var index: [String: Int] = [:]
        for (i, name) in names.enumerated() { index[name] = i }
        var plans: [[PlanNode]] = []
        for name in names {
            do {
                plans.append(try PlanParser.compile(sources[name] ?? ""))
            } catch {
                throw ThemeError("theme \(folder): templates/\(name).mustache:\(error.line):\(error.column): \(error.message)")
            }
        }
        return (plans.map { link($0, index) }, index)
    }

    static func link(_ nodes: [PlanNode], _ index: [String: Int]) -> [PlanNode] {
        nodes.map { node in
            switch node {
            case .section(let name, let inner, let inverted):
                return .section(name, link(inner, index), inverted: inverted)
            case .partial(let name, _, let indentation, let overrides):
                let linked = overrides?.map { PlanBlock(symbol: $0.symbol, nodes: link($0.nodes, index)) }
                return .partial(name: name, index: index[name] ?? -1, indentation: indentation, overrides: linked)
            case .block(let symbol, let defaults, let indentation):
                return .block(symbol: symbol, defaults: link(defaults, index), indentation: indentation)
            case .blockDefinition(let block):
                return .blockDefinition(PlanBlock(symbol: block.symbol, nodes: link(block.nodes, index)))
            case .text, .variable:
                return node
            }
        }
    }
}
