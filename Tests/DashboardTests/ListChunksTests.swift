import PortingModel
import Testing

@testable import Dashboard

/// Pages cut where the rows say: bounded, covering every row once, and local, so that one row that
/// comes or goes changes few pages however long the list.
@Suite("Order list pages")
struct ListChunksTests {
    /// Each page's path and the ids it shows.
    static func pages(_ ids: [String]) -> [String: [String]] {
        let chunks = ListChunks(folder: "orders", ids: ids)
        return Dictionary(uniqueKeysWithValues: chunks.pages.map { ($0.path, Array(ids[$0.rows])) })
    }

    @Test("every row on exactly one page, in order; pages of 50 to 250 but the last; named index, last or after their first order")
    func bounded() {
        var random = SeededRandom(seed: 21)
        for count in [0, 1, 49, 50, 120, 251, 1_000, 5_000] {
            let ids = (0..<count).map { _ in "PO-\(random.next() % 10_000_000)" }
            let chunks = ListChunks(folder: "orders", ids: ids)
            #expect(chunks.pages.flatMap { ids[$0.rows] } == ids, "\(count)")
            #expect(chunks.pages.first?.path == "orders/index.html")
            for (n, page) in chunks.pages.enumerated() {
                if n < chunks.pages.count - 1 { #expect((ListChunks.minRows...ListChunks.maxRows).contains(page.rows.count), "\(count) \(n)") }
                if n > 0 {
                    let name = n == chunks.pages.count - 1 ? "last" : OrderSlug.make(ids[page.rows.lowerBound])
                    #expect(page.path == "orders/pages/\(name).html")
                    #expect(ListChunks.cutsBefore(ids[page.rows.lowerBound]) || chunks.pages[n - 1].rows.count == ListChunks.maxRows)
                }
            }
            #expect(Set(chunks.pages.map(\.path)).count == chunks.pages.count)
            if count >= 1_000 { #expect(Double(count) / Double(chunks.pages.count) > 80 && Double(count) / Double(chunks.pages.count) < 125) }
        }
    }

    @Test(
        "one row added or removed anywhere in a list of 20,000 changes its own page, rarely a few, and keeps the others' names and rows: 300 random edits"
    )
    func local() {
        var random = SeededRandom(seed: 22)
        var ids = (0..<20_000).map { "PO-\(100_000 + $0)" }
        var changedMost = 0, onePage = 0
        for _ in 0..<300 {
            let before = Self.pages(ids)
            let at = Int(random.next() % UInt64(ids.count))
            if random.next() % 2 == 0 { ids.remove(at: at) } else { ids.insert("PO-\(900_000 + random.next() % 99_999)", at: at) }
            let after = Self.pages(ids)
            let changed = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }
            changedMost = max(changedMost, changed.count)
            // Rows only: the first page's total changes with every edit, and a page's links when its
            // neighbour's name does.
            // A row that starts or ended a page splits or joins two; the cut after them can move too.
            #expect(changed.count <= 6, "\(changed.sorted())")
            if changed.count == 1 { onePage += 1 }
        }
        #expect(changedMost >= 2, "no edit ever started or ended a page")
        #expect(onePage >= 250, "only \(onePage) of 300 edits changed one page")
    }

    @Test("the same id twice at the start of two pages gets two names")
    func duplicates() {
        // Ids that cut, each repeated: pages start with a repeated id in turn.
        let cutting = (0..<2_000).map { "PO-\($0)" }.filter(ListChunks.cutsBefore).prefix(4)
        var ids: [String] = []
        for id in cutting { ids += Array(repeating: "PO-X", count: 60) + [id] + Array(repeating: "PO-Y", count: 60) + [id] }
        let paths = ListChunks(folder: "orders", ids: ids).pages.map(\.path)
        #expect(Set(paths).count == paths.count, "\(paths)")
        #expect(paths.contains { $0.hasSuffix("-2.html") }, "\(paths)")
    }
}
