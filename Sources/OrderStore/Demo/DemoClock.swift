import PortingModel

/// The demo's fixed "now", so the same seed always gives the same dates.
enum DemoClock {
    static let asOf: Int64 = Timestamp.seconds("2026-11-20T17:00:00Z")!

    static func text(_ seconds: Int64) -> String { Timestamp.isoDateTime(seconds: seconds) }

    static func date(_ seconds: Int64) -> String {
        Timestamp.isoDate(day: seconds / 86_400)
    }
}
