import Foundation
import OrderStore
import PortingModel
import Testing

@testable import SiteBuilder

/// The orders holding the latest activity, kept from build to build so that a rebuild reading the
/// change journal tells the site's "as of" time without a scan of every order and event.
@Suite("The latest activity's holders")
struct LatestHoldersTests {
    static let seed: UInt64 = ProcessInfo.processInfo.environment["PORTDASH_TEST_SEED"].flatMap { UInt64($0) } ?? 20_261_201

    func activity(_ time: String, _ order: String) -> Snapshot.Activity { Snapshot.Activity(time: time, orderId: order) }

    @Test("a scan lists each order once at its latest time, latest first, up to the limit; a time or id not stored as text lists none")
    func fromScan() throws {
        let rows = [
            activity("2026-11-20T17:05:00Z", "PO-2"), activity("2026-11-20T17:04:00Z", "PO-2"), activity("2026-11-20T17:03:00Z", "PO-1"),
        ]
        let held = try #require(LatestHolders(scan: rows))
        #expect(held.holders == [.init(time: "2026-11-20T17:05:00Z", orderId: "PO-2"), .init(time: "2026-11-20T17:03:00Z", orderId: "PO-1")])
        let many = (0..<40).map { activity("2026-11-20T17:\(String(format: "%02d", 59 - $0)):00Z", "PO-\($0)") }
        #expect(LatestHolders(scan: many)?.holders.count == LatestHolders.limit)
        var odd = rows
        odd[2].plain = false
        #expect(LatestHolders(scan: odd) == nil)
    }

    @Test("the order changed last holds the latest and changes again: the next holder or its new time answers, with no scan")
    func holderChangesAgain() throws {
        let held = LatestHolders(holders: [
            .init(time: "2026-11-20T17:05:00Z", orderId: "PO-2"), .init(time: "2026-11-20T17:03:00Z", orderId: "PO-1"),
        ])
        let later = try #require(held.updated(changed: ["PO-2"], fresh: [activity("2026-11-20T17:06:00Z", "PO-2")]))
        #expect(later.latest == .init(time: "2026-11-20T17:06:00Z", orderId: "PO-2"))
        let earlier = try #require(held.updated(changed: ["PO-2"], fresh: [activity("2026-11-20T17:04:00Z", "PO-2")]))
        #expect(earlier.latest == .init(time: "2026-11-20T17:04:00Z", orderId: "PO-2"))
        // Fallen below the last holder: PO-1 is the latest; PO-2 is no longer listed, as an order the
        // list never held may lie between them.
        let fallen = try #require(held.updated(changed: ["PO-2"], fresh: [activity("2026-11-01T00:00:00Z", "PO-2")]))
        #expect(fallen.holders == [.init(time: "2026-11-20T17:03:00Z", orderId: "PO-1")])
        // Every holder changed, none as late as the list was: only a scan can tell.
        #expect(held.updated(changed: ["PO-1", "PO-2"], fresh: [activity("2026-11-01T00:00:00Z", "PO-2")]) == nil)
        var odd = activity("2026-11-20T17:06:00Z", "PO-2")
        odd.plain = false
        #expect(held.updated(changed: ["PO-2"], fresh: [odd]) == nil)
    }

    @Test("over random changes to random histories, the kept holders give the latest activity a scan of every order gives")
    func matchesScan() {
        var random = SeededRandom(seed: Self.seed)
        func below(_ n: Int) -> Int { Int(random.next() % UInt64(n)) }
        var scans = 0, answered = 0
        for _ in 0..<50 {
            // Each order's times; few distinct ones, so that ties are common.
            let orders = 5 + below(60)
            var times: [String: [String]] = [:]
            func time() -> String { "2026-11-\(10 + below(10))T0\(below(3)):00:00Z" }
            for i in 0..<orders where below(5) > 0 { times["PO-\(i)"] = (0...below(4)).map { _ in time() } }
            func scan() -> [Snapshot.Activity] {
                let rows = times.flatMap { order, list in list.map { activity($0, order) } }
                return Array(rows.sorted { LatestHolders.precedes($1.time, $0.time) }.prefix(LatestHolders.scanRows))
            }
            var held = LatestHolders(scan: scan())
            for _ in 0..<40 {
                // Half of the orders changed are holders: the changes that matter.
                let holders = held?.holders.map(\.orderId) ?? []
                let changed = Set(
                    (0...below(3)).map { _ in !holders.isEmpty && below(2) == 0 ? holders[below(holders.count)] : "PO-\(below(orders + 2))" })
                for order in changed {
                    switch below(3) {
                    case 0: times[order] = nil
                    case 1: times[order] = (0...below(3)).map { _ in time() }
                    default: times[order, default: []].append(time())
                    }
                }
                let fresh = changed.compactMap { order in times[order]?.max().map { activity($0, order) } }
                let expected = times.values.flatMap { $0 }.max()
                if let next = held?.updated(changed: changed, fresh: fresh) {
                    answered += 1
                    #expect(
                        next.latest?.time == expected,
                        "seed \(Self.seed): the kept holders answer \(String(describing: next.latest)), a scan \(String(describing: expected))")
                    held = next
                    // What makes the next answer sound: each listed time is its order's latest, and no
                    // order left out has a later one than the last listed.
                    let floor = next.holders.last?.time ?? ""
                    let wrong = next.holders.filter { times[$0.orderId]?.max() != $0.time }.map(\.orderId)
                    let listed = Set(next.holders.map(\.orderId))
                    let later = times.filter { order, list in !listed.contains(order) && list.contains { LatestHolders.precedes(floor, $0) } }
                    #expect(
                        wrong.isEmpty && later.isEmpty,
                        "seed \(Self.seed): wrong times for \(wrong), later than the last holder: \(later.keys.sorted())")
                } else {
                    scans += 1
                    held = LatestHolders(scan: scan())
                    #expect(held?.latest?.time == expected, "seed \(Self.seed)")
                }
            }
        }
        // Most changes are answered without a scan, or the test proves little.
        #expect(answered > scans * 4, "seed \(Self.seed): \(answered) answered, \(scans) scans")
    }
}
