/// ISO 8601 UTC timestamps as stored in the database (`2026-03-01T14:05:00Z` or `2026-03-01`),
/// parsed without Foundation so results never depend on the machine's locale or time zone.
public enum Timestamp {
    /// Seconds since 1970-01-01T00:00:00Z, or nil when the text is not a date this contract accepts.
    public static func seconds(_ text: String?) -> Int64? {
        guard var text else { return nil }
        // Read in place: a build parses hundreds of thousands of these, and a copy each cost more
        // than the parse.
        return text.withUTF8(seconds(utf8:))
    }

    /// `seconds` of the text's UTF-8 bytes.
    static func seconds(utf8 b: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard b.count == 10 || b.count >= 19, let p = b.baseAddress else { return nil }
        // Each field is read digit by digit in line: a helper called per field (seven per timestamp,
        // not inlined) cost more than the rest of the parse. A byte below "0" wraps above 9.
        @inline(__always) func digit(_ i: Int) -> Int? {
            let value = p[i] &- 48
            return value < 10 ? Int(value) : nil
        }
        @inline(__always) func two(_ i: Int) -> Int? {
            guard let high = digit(i), let low = digit(i + 1) else { return nil }
            return high * 10 + low
        }
        guard let y1 = two(0), let y2 = two(2), p[4] == 45, let month = two(5), p[7] == 45, let day = two(8) else { return nil }
        let year = y1 * 100 + y2
        guard month >= 1, month <= 12, day >= 1, day <= daysIn(month: month, year: year) else { return nil }
        var secs = 0
        if b.count > 10 {
            guard p[10] == 84 || p[10] == 32, let h = two(11), p[13] == 58, let m = two(14), p[16] == 58, let s = two(17), h < 24, m < 60, s < 61
            else { return nil }
            // Then optional fractional seconds, and `Z`, `+00:00` or nothing: compared byte by byte
            // (a generic `elementsEqual` per suffix cost more than the rest of the parse).
            var at = 19
            if at < b.count, p[at] == 46 {
                at += 1
                while at < b.count, p[at] >= 48, p[at] <= 57 { at += 1 }
            }
            switch b.count - at {
            case 0: break
            case 1: guard p[at] == 90 else { return nil }
            case 6: guard p[at] == 43, p[at + 1] == 48, p[at + 2] == 48, p[at + 3] == 58, p[at + 4] == 48, p[at + 5] == 48 else { return nil }
            default: return nil
            }
            secs = h * 3600 + m * 60 + s
        }
        return Int64(daysFromCivil(year: year, month: month, day: day)) * 86_400 + Int64(secs)
    }

    /// The day number (days since 1970-01-01) of a timestamp, or nil.
    public static func day(_ text: String?) -> Int64? {
        seconds(text).map { $0 >= 0 ? $0 / 86_400 : ($0 - 86_399) / 86_400 }
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Howard Hinnant's days-from-civil algorithm.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The civil date (year, month, day) of a day number.
    public static func civil(day: Int64) -> (year: Int, month: Int, day: Int) {
        let z = Int(day) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp + (mp < 10 ? 3 : -9)
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// `2026-03-01` for a day number.
    public static func isoDate(day: Int64) -> String {
        let c = civil(day: day)
        guard (0...9999).contains(c.year) else { return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))" }
        return formatted([(c.year, 4, 0), (c.month, 2, 45), (c.day, 2, 45)])
    }

    /// `2026-03-01T14:05:00Z` for seconds since the epoch.
    public static func isoDateTime(seconds: Int64) -> String {
        let day = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = Int(seconds - day * 86_400)
        let c = civil(day: day)
        guard (0...9999).contains(c.year) else {
            return "\(isoDate(day: day))T\(pad(rest / 3600, 2)):\(pad(rest / 60 % 60, 2)):\(pad(rest % 60, 2))Z"
        }
        return formatted(
            [(c.year, 4, 0), (c.month, 2, 45), (c.day, 2, 45), (rest / 3600, 2, 84), (rest / 60 % 60, 2, 58), (rest % 60, 2, 58)], end: 90)
    }

    /// `2026-11-20 09:15`: the date and minute of an instant, as pages show times.
    public static func isoMinute(seconds: Int64) -> String {
        let day = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = Int(seconds - day * 86_400)
        let c = civil(day: day)
        guard (0...9999).contains(c.year) else { return "\(isoDate(day: day)) \(pad(rest / 3600, 2)):\(pad(rest / 60 % 60, 2))" }
        return formatted([(c.year, 4, 0), (c.month, 2, 45), (c.day, 2, 45), (rest / 3600, 2, 32), (rest / 60 % 60, 2, 58)])
    }

    /// Fields of zero-padded digits, each after its separator byte (0 for none), then `end` if not
    /// 0: written straight into the string's storage. Each value must fit its width.
    private static func formatted(_ fields: [(value: Int, width: Int, separator: UInt8)], end: UInt8 = 0) -> String {
        String(unsafeUninitializedCapacity: 24) { buffer in
            var at = 0
            for field in fields {
                if field.separator != 0 {
                    buffer[at] = field.separator
                    at += 1
                }
                var value = field.value
                for i in stride(from: field.width - 1, through: 0, by: -1) {
                    buffer[at + i] = UInt8(48 + value % 10)
                    value /= 10
                }
                at += field.width
            }
            if end != 0 {
                buffer[at] = end
                at += 1
            }
            return at
        }
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
