import PortingModel
import Testing

@testable import Dashboard

@Suite("The summary's days")
struct SummaryDaysTests {
    /// 20:00 in Chicago on 2026-11-20, already the 21st in UTC.
    let evening = Display(asOf: Timestamp.seconds("2026-11-21T02:00:00Z")!, timeZone: "America/Chicago")

    func summary(_ orders: [Order]) -> Summary {
        var summary = Summary(index: SiteIndex(links: orders.map { ($0.id, nil) }, carriers: [:], users: [:]), display: evening)
        for order in orders { summary.add(OrderBundle(order: order)) }
        return summary
    }

    @Test("FOC dates in the next 7 days count from today in the display time zone, not in UTC")
    func focSoonIsLocal() {
        func foc(_ id: String, _ date: String) -> Order {
            var order = Order(id: id, status: "foc_confirmed")
            order.focDate = date
            return order
        }
        let summary = summary([foc("PO-1", "2026-11-20"), foc("PO-2", "2026-11-27"), foc("PO-3", "2026-11-28"), foc("PO-4", "2026-11-19")])
        // Today (the 20th in Chicago) and a week on are in; the day after that and yesterday are not.
        #expect(summary.focSoon.map(\.id) == ["PO-1", "PO-2"])
        #expect(summary.focSoon.map(\.days) == [0, 7])
    }

    @Test("an exception's days since rejection are calendar days in the display time zone")
    func exceptionDays() {
        var order = Order(id: "PO-5", status: "exception")
        // 21:00 on the 19th in Chicago: 23 hours before the "as of" time, but yesterday.
        order.updatedAt = "2026-11-20T03:00:00Z"
        #expect(summary([order]).exceptions.map(\.days) == [1])
    }
}
