import PortingModel

/// The context of `problems/index.html`: every row that breaks the contract, where it is and what is wrong.
public enum ProblemsPage {
    public static let limit = 5_000

    public static func context(_ findings: [Finding]) -> [String: Any] {
        let sorted = findings.sorted { a, b in
            a.severity != b.severity ? a.severity > b.severity : (a.table, a.key, a.column, a.message) < (b.table, b.key, b.column, b.message)
        }
        let rows: [[String: Any]] = sorted.prefix(limit).map { f in
            ["severity": f.severity.rawValue, "table": f.table, "key": f.key, "column": f.column, "message": f.message]
        }
        var context: [String: Any] = [
            "total": findings.count,
            "errors": findings.filter { $0.severity == .error }.count,
            "warnings": findings.filter { $0.severity == .warning }.count,
            "truncated": findings.count > limit,
            "limit": limit,
        ]
        if !rows.isEmpty { context["table"] = ["rows": rows] }
        return context
    }
}
