import PortingModel
import Testing

@testable import Dashboard

@Suite("The summary's recent activity")
struct SummaryRecentTests {
    @Test("keeps the 15 latest events by time, then id, whatever order they come in, for 50 random histories")
    func latestKept() {
        var random = SeededRandom(seed: 37)
        let display = Display(asOf: Timestamp.seconds("2026-11-20T17:00:00Z")!, timeZone: "UTC")
        for _ in 0..<50 {
            var summary = Summary(index: SiteIndex(links: [("PO-1", nil)], carriers: [:], users: [:]), display: display)
            var events: [OrderEvent] = []
            for id in Int64(1)..<Int64(random.int(1...61)) {
                // Few distinct times, so ties are broken by id; some times unreadable (never kept).
                let minute = random.int(0...9)
                let at = minute == 9 ? "garbage" : "2026-11-20T16:0\(minute):00Z"
                var event = OrderEvent(id: id, orderId: "PO-1", at: at)
                event.note = "note \(id)"
                events.append(event)
            }
            events.shuffle(using: &random)
            var bundle = OrderBundle(order: Order(id: "PO-1", status: "submitted"))
            bundle.events = events
            summary.add(bundle)
            let expected = events.compactMap { e in Timestamp.seconds(e.at).map { (at: $0, id: e.id) } }
                .sorted { ($0.at, $0.id) > ($1.at, $1.id) }.prefix(Summary.recentLimit)
            #expect(summary.recent.map(\.eventId) == expected.map(\.id))
            #expect(summary.recent.map(\.note) == expected.map { "note \($0.id)" })
        }
    }
}
