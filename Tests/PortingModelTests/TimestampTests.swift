import Foundation
import PortingModel
import Testing

@Suite("Timestamps")
struct TimestampTests {
    @Test("ISO 8601 UTC timestamps and dates parse to epoch seconds")
    func parse() {
        #expect(Timestamp.seconds("1970-01-01T00:00:00Z") == 0)
        #expect(Timestamp.seconds("2026-03-01T14:05:00Z") == 1_772_373_900)
        #expect(Timestamp.seconds("2026-03-01") == 1_772_323_200)
        #expect(Timestamp.seconds("2024-02-29T00:00:00.123Z") == 1_709_164_800)
    }

    @Test(
        "after the seconds: fractions, then Z, +00:00 or nothing",
        arguments: [
            "2026-03-01T14:05:00", "2026-03-01 14:05:00Z", "2026-03-01T14:05:00+00:00", "2026-03-01T14:05:00.Z", "2026-03-01T14:05:00.5+00:00",
            "2026-03-01T14:05:00.123456",
        ])
    func utcSuffixes(_ text: String) {
        #expect(Timestamp.seconds(text) == 1_772_373_900)
    }

    @Test(
        "text that is not a date is rejected",
        arguments: [
            "", "yesterday", "2026-02-30", "2026-13-01", "2026-03-01T25:00:00Z", "2026-03-01T10:00:00+02:00", "01/03/2026",
            "2026-03-01T14:05:00z", "2026-03-01T14:05:00Zx", "2026-03-01T14:05:00+00:0", "2026-03-01T14:05:00.5.Z", "2026-03-01T14:05:00 Z",
            "2026-03-01T14:05:00+00:00Z",
        ])
    func reject(_ text: String) {
        #expect(Timestamp.seconds(text) == nil)
    }

    @Test("dates format back to the same text")
    func roundTrip() {
        for text in ["2026-03-01T14:05:00Z", "1999-12-31T23:59:59Z", "2000-02-29T00:00:00Z"] {
            #expect(Timestamp.isoDateTime(seconds: Timestamp.seconds(text)!) == text)
        }
        #expect(Timestamp.isoDate(day: Timestamp.day("2026-11-20T17:00:00Z")!) == "2026-11-20")
    }

    @Test("formatting agrees with the fields of the civil date, zero-padded, for years 0 to 9999")
    func formatting() {
        var random = SeededRandom(seed: 11)
        func pad(_ value: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(value).count)) + String(value) }
        // From year 0 to 9999, in seconds since the epoch.
        for _ in 0..<2_000 {
            let seconds = Int64.random(in: -62_167_219_200..<253_402_300_800, using: &random)
            let day = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
            let rest = Int(seconds - day * 86_400)
            let c = Timestamp.civil(day: day)
            let date = "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))"
            #expect(Timestamp.isoDate(day: day) == date)
            #expect(Timestamp.isoMinute(seconds: seconds) == "\(date) \(pad(rest / 3600, 2)):\(pad(rest / 60 % 60, 2))")
            #expect(Timestamp.isoDateTime(seconds: seconds) == "\(date)T\(pad(rest / 3600, 2)):\(pad(rest / 60 % 60, 2)):\(pad(rest % 60, 2))Z")
            #expect(Timestamp.seconds(Timestamp.isoDateTime(seconds: seconds)) == seconds)
        }
    }
    /// The contract's timestamps read the slow way: the text split at its separators, each field
    /// checked as digits, the date checked and counted by Foundation's calendar in UTC.
    static func reference(_ text: String) -> Int64? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10 || bytes.count >= 19 else { return nil }
        func field(_ range: Range<Int>) -> Int? {
            let part = bytes[range]
            guard part.allSatisfy({ (48...57).contains($0) }) else { return nil }
            return Int(String(decoding: part, as: UTF8.self))
        }
        guard let year = field(0..<4), bytes[4] == 45, let month = field(5..<7), bytes[7] == 45, let day = field(8..<10) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        // Foundation's calendar is Julian before 1582; the Gregorian one repeats every 400 years
        // (146,097 days), so earlier years are read 400 years on at a time and moved back.
        let cycles = year < 1600 ? (1600 - year + 399) / 400 : 0
        let parts = DateComponents(year: year + 400 * cycles, month: month, day: day)
        guard (1...12).contains(month), parts.isValidDate(in: calendar), let date = calendar.date(from: parts) else { return nil }
        var seconds = Int64(date.timeIntervalSince1970.rounded()) - Int64(cycles) * 146_097 * 86_400
        guard bytes.count > 10 else { return seconds }
        guard [84, 32].contains(bytes[10]), let h = field(11..<13), bytes[13] == 58, let m = field(14..<16), bytes[16] == 58,
            let s = field(17..<19), h < 24, m < 60, s < 61
        else { return nil }
        var rest = Array(bytes[19...])
        if rest.first == 46 {
            rest.removeFirst()
            while let first = rest.first, (48...57).contains(first) { rest.removeFirst() }
        }
        guard rest.isEmpty || rest == Array("Z".utf8) || rest == Array("+00:00".utf8) else { return nil }
        seconds += Int64(h * 3600 + m * 60 + s)
        return seconds
    }

    @Test("20,000 near-timestamps parse as the slow reading of the contract parses them (seed 23)")
    func parserAgreesWithReference() {
        var random = SeededRandom(seed: 23)
        let valid = ["2026-03-01T14:05:00Z", "2024-02-29 23:59:60", "1999-12-31T00:00:00.250+00:00", "2026-11-30", "2100-02-28T12:00:00Z"]
        let bytes: [UInt8] = Array("0123456789-:T .Z+/\u{0}a".utf8) + [0x2F, 0x3A, 0xFF]
        for _ in 0..<20_000 {
            var text = Array(random.pick(valid).utf8)
            for _ in 0..<random.int(0...3) {
                switch random.int(0...3) {
                case 0: text[random.int(0...(text.count - 1))] = random.pick(bytes)
                case 1: text.insert(random.pick(bytes), at: random.int(0...text.count))
                case 2: if text.count > 1 { text.remove(at: random.int(0...(text.count - 1))) }
                default: text = Array(text.prefix(random.int(0...text.count)))
                }
                if text.isEmpty { text = Array("2".utf8) }
            }
            let string = String(decoding: text, as: UTF8.self)
            #expect(Timestamp.seconds(string) == Self.reference(string), "\(string)")
        }
    }
}
