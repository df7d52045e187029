import PortingModel

/// `exports/carriers.csv` and `.json`: the carrier table's figures, one row per carrier.
extension Scorecards {
    public static let exportName = "carriers"

    public static var exportColumns: [String] {
        [
            "carrier_id", "carrier", "spid", "orders", "open_orders", "numbers", "completed", "finished", "completion_rate_pct",
            "rejected_orders", "rejection_rate_pct", "top_rejection_reasons",
        ]
            + spans.flatMap { ["\($0.key)_median_days", "\($0.key)_p90_days", "\($0.key)_orders"] }
    }

    /// One carrier's export row; figures with no data are empty (CSV) or null (JSON).
    public func exportFields(_ key: Int64?) -> [(String, JSONText.Value)] {
        let f = figures[key] ?? CarrierFigures()
        var fields: [(String, JSONText.Value)] = [
            ("carrier_id", .int(key)), ("carrier", .string(name(key))), ("spid", .string(key.flatMap { index.carriers[$0]?.spid })),
            ("orders", .int(Int64(f.orders))), ("open_orders", .int(Int64(f.open))), ("numbers", .int(Int64(f.numbers))),
            ("completed", .int(Int64(f.completed))), ("finished", .int(Int64(f.finished))),
            ("completion_rate_pct", .decimal(f.completionRate)), ("rejected_orders", .int(Int64(f.rejected))),
            ("rejection_rate_pct", .decimal(f.rejectionRate)),
            ("top_rejection_reasons", .string(f.topReasons().map { "\($0.code):\($0.count)" }.joined(separator: "; "))),
        ]
        for (span, values) in zip(Self.spans, f.spans) {
            fields += [
                ("\(span.key)_median_days", .decimal(Percentiles.median(values))),
                ("\(span.key)_p90_days", .decimal(Percentiles.p90(values))),
                ("\(span.key)_orders", .int(Int64(values.count))),
            ]
        }
        return fields
    }
}
