import Foundation
import PortingModel

/// Formats values for people: dates in the display time zone, ages in days, masks and redaction.
/// Everything a template prints passes through here first; templates do no formatting.
public struct Display: Sendable {
    public let asOf: Int64
    public let timeZone: TimeZone
    public let redact: Bool
    /// The configured zone's name, as people wrote it (`UTC`, `America/Chicago`).
    public let zoneName: String
    /// Which days count as business days.
    public let calendar: BusinessCalendar

    public init(asOf: Int64, timeZone: String, redact: Bool = false, calendar: BusinessCalendar = BusinessCalendar()) {
        self.asOf = asOf
        self.calendar = calendar
        self.zoneName = timeZone
        self.timeZone = TimeZone(identifier: timeZone) ?? TimeZone(identifier: "UTC")!
        self.redact = redact
        isUTC = ["UTC", "GMT", "Etc/UTC", "Etc/GMT"].contains(self.timeZone.identifier)
    }

    let isUTC: Bool

    /// `2026-11-20 09:15` in the display time zone; unparseable text is shown as stored.
    public func dateTime(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "" }
        guard let seconds = Timestamp.seconds(text) else { return text }
        return dateTime(text, seconds: seconds)
    }

    /// `dateTime(text)` of a text already read as `seconds` (`Timestamp.seconds(text)`).
    public func dateTime(_ text: String, seconds: Int64) -> String {
        if text.isEmpty || text.utf8.count == 10 { return text }
        return Timestamp.isoMinute(seconds: seconds + offset(seconds))
    }

    /// `2026-11-20` in the display time zone.
    public func date(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "" }
        guard let seconds = Timestamp.seconds(text) else { return text }
        if text.utf8.count == 10 { return text }
        return Timestamp.isoDate(day: localDay(seconds: seconds))
    }

    /// Seconds to add to UTC for local time at an instant; no time-zone lookup for UTC.
    func offset(_ seconds: Int64) -> Int64 {
        if isUTC { return 0 }
        return Int64(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds))))
    }

    /// Calendar days from the date of `text` to the "as of" date, both in the display time zone, or
    /// nil when `text` is not a date: an order created yesterday evening is a day old this morning,
    /// as the dates beside the age say. The ages change at midnight, not at whatever time of day
    /// each order came in, so a rebuild later the same day leaves the lists that show them as they
    /// were.
    public func daysSince(_ text: String?) -> Int? {
        guard let day = localDay(text) else { return nil }
        return Int(today - day)
    }

    /// The date (day number) of an instant in the display time zone.
    public func localDay(seconds: Int64) -> Int64 {
        let local = seconds + offset(seconds)
        return local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
    }

    /// The date of a stored time in the display time zone; a stored date (`2026-03-01`) is that date.
    public func localDay(_ text: String?) -> Int64? {
        guard let text, let seconds = Timestamp.seconds(text) else { return nil }
        return localDay(text, seconds: seconds)
    }

    /// `localDay(text)` of a text already read as `seconds` (`Timestamp.seconds(text)`).
    public func localDay(_ text: String, seconds: Int64) -> Int64? {
        text.utf8.count == 10 ? Timestamp.day(text) : localDay(seconds: seconds)
    }

    /// A day as a heading: `Mon 2026-11-23`.
    public func dayHeading(_ day: Int64) -> String {
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][Int(BusinessCalendar.weekday(day))] + " " + Timestamp.isoDate(day: day)
    }

    /// The "as of" date in the display time zone.
    public var today: Int64 { localDay(seconds: asOf) }

    /// Business days from the date of `text` to the "as of" date, or nil when `text` is not a date
    /// or is later.
    public func businessDaysSince(_ text: String?) -> Int? {
        guard let day = localDay(text) else { return nil }
        return calendar.days(from: day, to: today)
    }

    /// Business days of a span, its ends taken as dates in the display time zone.
    public func businessDays(_ span: OrderTiming.Span) -> Int {
        calendar.days(from: localDay(seconds: span.start), to: localDay(seconds: span.end)) ?? 0
    }

    /// The "as of" time as shown in page footers.
    public var asOfText: String { dateTime(Timestamp.isoDateTime(seconds: asOf)) + " " + zoneName }

    /// An account number masked to its last four characters (`•••• 6789`).
    public static func mask(_ account: String?) -> String {
        guard let account, !account.isEmpty else { return "" }
        let tail = account.count > 4 ? String(account.suffix(4)) : ""
        return "••••" + (tail.isEmpty ? "" : " " + tail)
    }

    /// A person's or business's name, or its initials when redacting.
    public func name(_ text: String?) -> String {
        guard let text else { return "" }
        guard redact else { return TextRules.clip(text) }
        return text.split(separator: " ").compactMap(\.first).map { "\($0)." }.joined(separator: " ")
    }

    /// An address line or email, or "(redacted)" when redacting.
    public func personal(_ text: String?) -> String {
        guard let text, !text.isEmpty else { return "" }
        return redact ? "(redacted)" : TextRules.clip(text)
    }

    /// A name as exports carry it: whole, or initials when redacting.
    public func exportName(_ text: String?) -> String? {
        redact ? text.map(name) : text
    }

    /// Free text (notes, reasons), cut when very long.
    public func text(_ text: String?) -> String {
        text.map(TextRules.clip) ?? ""
    }
}
