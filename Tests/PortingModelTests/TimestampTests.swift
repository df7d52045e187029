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
}
