import PortingModel
import Testing

@Suite("Business days and percentiles")
struct BusinessCalendarTests {
    func day(_ text: String) -> Int64 { Timestamp.day(text)! }

    @Test("business days count the weekdays after the start up to and including the end")
    func weekdays() {
        let calendar = BusinessCalendar()
        // 2026-11-20 is a Friday.
        #expect(calendar.days(from: day("2026-11-20"), to: day("2026-11-20")) == 0)
        #expect(calendar.days(from: day("2026-11-20"), to: day("2026-11-21")) == 0)  // Saturday
        #expect(calendar.days(from: day("2026-11-20"), to: day("2026-11-23")) == 1)  // Monday
        #expect(calendar.days(from: day("2026-11-21"), to: day("2026-11-23")) == 1)  // from a Saturday
        #expect(calendar.days(from: day("2026-11-16"), to: day("2026-11-30")) == 10)
        #expect(calendar.days(from: day("1969-12-25"), to: day("1970-01-05")) == 7)  // across the epoch
        #expect(calendar.days(from: day("2026-11-23"), to: day("2026-11-20")) == nil)
    }

    @Test("holidays on weekdays are not business days; holidays on weekends change nothing")
    func holidays() {
        let calendar = BusinessCalendar(holidays: [day("2026-11-26"), day("2026-11-28"), day("2026-11-26")])
        #expect(calendar.holidays.count == 2)
        #expect(calendar.days(from: day("2026-11-23"), to: day("2026-11-30")) == 4)
        #expect(calendar.days(from: day("2026-11-26"), to: day("2026-11-27")) == 1)  // the start day is never counted
        #expect(BusinessCalendar.isWeekend(day("2026-11-28")) && !BusinessCalendar.isWeekend(day("2026-11-27")))
    }

    @Test("medians of an even count are the mean of the middle two; the 90th percentile is nearest-rank")
    func percentiles() {
        #expect(Percentiles.median([]) == nil)
        #expect(Percentiles.median([7]) == 7)
        #expect(Percentiles.median([9, 1, 4]) == 4)
        #expect(Percentiles.median([4, 1, 3, 9]) == 3.5)
        #expect(Percentiles.p90([]) == nil)
        #expect(Percentiles.p90([5]) == 5)
        #expect(Percentiles.p90(Array(1...10)) == 9)
        #expect(Percentiles.p90(Array(1...11)) == 10)
        #expect(Percentiles.p90(Array(1...20).reversed()) == 18)
        #expect(Percentiles.oneDecimal(3.5) == "3.5")
        #expect(Percentiles.oneDecimal(12) == "12.0")
        #expect(Percentiles.oneDecimal(100.0 / 3) == "33.3")
        #expect(Percentiles.oneDecimal(2.0 / 3) == "0.7")
    }

    @Test("timing: spans only when both ends are dates in order, and findings name what is out of order")
    func timing() {
        var order = Order(id: "PO-9", status: "completed")
        order.submittedAt = "2026-11-10T10:00:00Z"
        order.completedAt = "2026-11-05T10:00:00Z"
        var event = OrderEvent(id: 1, orderId: "PO-9", at: "2026-11-12T10:00:00Z")
        event.toStatus = "foc_confirmed"
        let timing = OrderTiming(OrderBundle(order: order, events: [event]))
        #expect(timing.submissionToFoc != nil)
        #expect(timing.submissionToCompletion == nil)
        #expect(timing.focToCompletion == nil)
        #expect(
            timing.findings(orderId: "PO-9").map(\.description) == [
                #"warning: orders[PO-9].completed_at: "2026-11-05T10:00:00Z" is before submitted_at "2026-11-10T10:00:00Z"; left out of the carrier timing figures"#,
                #"warning: orders[PO-9].completed_at: "2026-11-05T10:00:00Z" is before the FOC confirmation at "2026-11-12T10:00:00Z"; left out of the carrier timing figures"#,
            ])
        let missing = OrderTiming(OrderBundle(order: Order(id: "PO-8", status: "partially_completed")))
        #expect(missing.isCompleted && !missing.wasRejected)
        #expect(missing.findings(orderId: "PO-8").map(\.column) == ["submitted_at", "completed_at"])
    }
}
