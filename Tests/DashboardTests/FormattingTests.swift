import Dashboard
import PortingModel
import Testing

@Suite("Formatting for people and for files")
struct FormattingTests {
    @Test(
        "CSV cells are quoted when needed and never start a formula",
        arguments: [
            ("plain", "plain"),
            ("a,b", "\"a,b\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("=1+1", "'=1+1"),
            ("+SUM(A1)", "'+SUM(A1)"),
            ("-2+3", "'-2+3"),
            ("@cmd", "'@cmd"),
            ("\tTAB", "'\tTAB"),
            ("+14085550100", "+14085550100"),
            ("-12.5", "-12.5"),
            ("=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
        ])
    func csv(_ value: String, _ expected: String) {
        #expect(CSV.cell(value) == expected)
    }

    @Test("JSON strings escape quotes, control characters and markup")
    func json() {
        #expect(JSONText.string("a\"b\\c\n</script>&\u{1}") == "\"a\\\"b\\\\c\\n\\u003c/script\\u003e\\u0026\\u0001\"")
        #expect(JSONText.object([("n", .int(3)), ("s", .string(nil)), ("b", .bool(true))]) == "{\"n\":3,\"s\":null,\"b\":true}")
    }

    @Test("account numbers are masked to their last four")
    func mask() {
        #expect(Display.mask("123456789") == "•••• 6789")
        #expect(Display.mask("1234") == "••••")
        #expect(Display.mask(nil) == "")
    }

    @Test("times show in the configured zone; bad dates show as stored")
    func times() {
        let display = Display(asOf: Timestamp.seconds("2026-11-20T17:00:00Z")!, timeZone: "America/Chicago")
        #expect(display.dateTime("2026-11-20T17:00:00Z") == "2026-11-20 11:00")
        #expect(display.dateTime("2026-07-01T17:00:00Z") == "2026-07-01 12:00")
        #expect(display.date("2026-11-21T03:00:00Z") == "2026-11-20")
        #expect(display.dateTime("next tuesday") == "next tuesday")
        #expect(display.daysSince("2026-11-10T17:00:00Z") == 10)
        #expect(display.asOfText == "2026-11-20 11:00 America/Chicago")
    }

    @Test("a time already read gives the same date, day and time as reading it again")
    func alreadyRead() {
        for zone in ["UTC", "America/Chicago", "Asia/Kolkata"] {
            let display = Display(asOf: Timestamp.seconds("2026-11-20T17:00:00Z")!, timeZone: zone)
            for text in [
                "2026-11-20T17:00:00Z", "2026-11-21T03:00:00Z", "2026-03-08T08:30:00Z", "2026-11-13", "1969-12-31T23:59:59Z", "1969-12-31",
                "2026-11-20T17:00:00.250Z", "2026-11-20 17:00:00",
            ] {
                guard let seconds = Timestamp.seconds(text) else { continue }
                #expect(display.dateTime(text, seconds: seconds) == display.dateTime(text), "\(text) in \(zone)")
                #expect(display.localDay(text, seconds: seconds) == display.localDay(text), "\(text) in \(zone)")
            }
        }
    }

    @Test("ages count calendar days in the display time zone, so they change at its midnight")
    func agesInCalendarDays() {
        // 11:00 in Chicago on 2026-11-20.
        let display = Display(asOf: Timestamp.seconds("2026-11-20T17:00:00Z")!, timeZone: "America/Chicago")
        // Yesterday at 23:30 in Chicago: less than a day ago, but yesterday.
        #expect(display.daysSince("2026-11-20T05:30:00Z") == 1)
        // Today at 00:30 in Chicago, 06:30 UTC: today, although it was the 20th in UTC too.
        #expect(display.daysSince("2026-11-20T06:30:00Z") == 0)
        // 02:00 UTC on the 20th is still the 19th in Chicago.
        #expect(display.daysSince("2026-11-20T02:00:00Z") == 1)
        // A stored date is that date.
        #expect(display.daysSince("2026-11-13") == 7)
        #expect(display.daysSince("not a date") == nil)
        // Every time of the same local day gives the same age: a rebuild later that day changes no age.
        let later = Display(asOf: Timestamp.seconds("2026-11-21T05:59:00Z")!, timeZone: "America/Chicago")
        for hour in 0..<24 {
            let time = Timestamp.isoDateTime(seconds: Timestamp.seconds("2026-11-15T06:00:00Z")! + Int64(hour) * 3_600)
            #expect(display.daysSince(time) == 5)
            #expect(later.daysSince(time) == 5)
        }
    }

    @Test("redaction keeps initials and hides addresses and emails")
    func redaction() {
        let display = Display(asOf: 0, timeZone: "UTC", redact: true)
        #expect(display.name("Maria de la Cruz") == "M. d. l. C.")
        #expect(display.personal("10 Main St") == "(redacted)")
    }

    @Test(
        "LOA sheets: 160 numbers a sheet, the signature on its own sheet only when the last is full",
        arguments: [
            (1, 1, false), (3, 1, false), (96, 1, false), (97, 1, true), (160, 1, true), (161, 2, false), (1_000, 7, false), (960, 6, true),
        ])
    func loaSheets(_ numbers: Int, _ sheets: Int, _ own: Bool) {
        let layout = LoaPage.sheetCount(numbers: numbers)
        #expect(layout.attachment == sheets)
        #expect(layout.signatureOwnSheet == own)
    }

    @Test("chart labels are escaped inside the SVG")
    func chartEscape() {
        let svg = Charts.horizontal(id: "c", title: "T <b>", bars: [Charts.Bar(label: "<script>", values: [3], tone: "bad\"x")])
        #expect(!svg.contains("<script>") && !svg.contains("<b>"))
        #expect(svg.contains("&lt;script&gt;") && svg.contains("tone-bad&quot;x"))
    }

    @Test("search shards split numbers by their first eight digits (area code, exchange and one more)")
    func searchShards() {
        var search = InventorySearch(display: Display(asOf: 0, timeZone: "UTC"))
        var shards: [String] = []
        for number in ["+14085550100", "+14085550101", "+14085551100", "+14155550100", "+442079460958"] {
            if let shard = search.add(InventoryEntry(number: number, source: "claimed"), page: 1, assignee: number.hasSuffix("1") ? "Zoë Ng" : nil) {
                shards.append(shard.path)
            }
        }
        let rest = search.finish().map(\.path)
        #expect(shards == ["inventory/search/n-14085550.js", "inventory/search/n-14085551.js", "inventory/search/n-14155550.js"])
        #expect(rest == ["inventory/search/n-44207946.js", "inventory/search/u-n.js", "inventory/search/u-z.js"])
    }
}
