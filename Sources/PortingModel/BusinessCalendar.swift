/// Counts business days as porting commitments count them (see docs/metrics.md).
///
/// The business days from a start date to an end date are the weekdays `d` with
/// `start < d <= end`, less the configured holidays. Dates are day numbers (days since
/// 1970-01-01) already taken in the display time zone.
public struct BusinessCalendar: Sendable, Equatable {
    /// Holiday day numbers, sorted, without duplicates.
    public let holidays: [Int64]

    public init(holidays: [Int64] = []) {
        self.holidays = Array(Set(holidays)).sorted()
    }

    /// Whether `day` is a Saturday or a Sunday (1970-01-01 was a Thursday).
    public static func isWeekend(_ day: Int64) -> Bool {
        weekday(day) >= 5
    }

    /// 0 for Monday through 6 for Sunday.
    public static func weekday(_ day: Int64) -> Int64 {
        let shifted = (day + 3) % 7
        return shifted < 0 ? shifted + 7 : shifted
    }

    /// Weekdays among the days before `day`, counted from the Monday 1969-12-29.
    static func weekdaysBefore(_ day: Int64) -> Int64 {
        let fromMonday = day + 3
        let weeks = fromMonday >= 0 ? fromMonday / 7 : (fromMonday - 6) / 7
        let rest = fromMonday - weeks * 7
        return weeks * 5 + min(rest, 5)
    }

    /// Business days `d` with `start < d <= end`; nil when `end` is before `start`.
    public func days(from start: Int64, to end: Int64) -> Int? {
        guard end >= start else { return nil }
        var count = Self.weekdaysBefore(end + 1) - Self.weekdaysBefore(start + 1)
        for holiday in holidays where holiday > start && holiday <= end && !Self.isWeekend(holiday) {
            count -= 1
        }
        return Int(count)
    }
}
