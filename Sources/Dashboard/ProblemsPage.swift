import PortingModel

/// What `problems/index.html` shows: every row that breaks the contract, where it is and what is wrong.
public struct ProblemsPage: Sendable, TemplateModel {
    public static let limit = 5_000

    struct Row: Sendable, TemplateModel {
        let finding: Finding
        static let templateFields = TemplateFields<Row>([
            "severity": { .text($0.finding.severity.rawValue) }, "table": { .text($0.finding.table) }, "key": { .text($0.finding.key) },
            "column": { .text($0.finding.column) }, "message": { .text($0.finding.message) },
        ])
    }

    /// In the order `RowChecks.findings` gives them, the order `portdash check` prints.
    let findings: [Finding]

    public init(_ findings: [Finding]) { self.findings = findings }

    public static let templateFields = TemplateFields<ProblemsPage>([
        "total": { .number($0.findings.count) },
        "errors": { .number($0.findings.filter { $0.severity == .error }.count) },
        "warnings": { .number($0.findings.filter { $0.severity == .warning }.count) },
        "truncated": { .flag($0.findings.count > limit) },
        "limit": { _ in .number(limit) },
        "table": { .optionalModel(RowTable.nonEmpty($0.findings.prefix(limit).map(Row.init))) },
    ])
}
