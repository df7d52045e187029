/// The summary figures of a list of durations, as the carrier pages define them (docs/metrics.md).
public enum Percentiles {
    /// The middle value; of an even count, the mean of the two middle values. Nil when empty.
    public static func median(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let mid = sorted.count / 2
        if sorted.count % 2 == 1 { return Double(sorted[mid]) }
        return Double(sorted[mid - 1] + sorted[mid]) / 2
    }

    /// The nearest-rank 90th percentile: the smallest value with at least 90% of the values at or
    /// below it (the value at rank ceil(0.9 n)). Nil when empty.
    public static func p90(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let rank = (sorted.count * 9 + 9) / 10
        return Double(sorted[rank - 1])
    }

    /// One decimal, as pages and exports show figures: `3.5`, `12.0`.
    public static func oneDecimal(_ value: Double) -> String {
        let tenths = Int64((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = tenths < 0 ? -tenths : tenths
        return "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }
}
