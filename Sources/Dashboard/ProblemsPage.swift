import PortingModel

/// The context of `problems/index.html`: every row that breaks the contract, where it is and what is wrong.
public enum ProblemsPage {
    public static let limit = 5_000

    /// `findings` in the order `RowChecks.findings` gives them, the order `portdash check` prints.
    public static func context(_ findings: [Finding]) -> [String: Any] {
        let rows: [[String: Any]] = findings.prefix(limit).map { f in
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
