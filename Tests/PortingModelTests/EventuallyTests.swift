import Foundation
import PortingModel
import Testing

@Suite("Values computed on another core")
struct EventuallyTests {
    final class Tracked: Sendable {}

    @Test("a value is computed once and handed to every caller; freed in the background, it goes while its holder stays")
    func freeInBackground() throws {
        let runs = Atomic(0)
        let eventually = Eventually { () -> [Tracked] in
            runs.add()
            return (0..<1_000).map { _ in Tracked() }
        }
        let first = eventually.value, second = eventually.value
        #expect(first.count == 1_000 && first[0] === second[0])
        #expect(runs.value == 1)
        weak let probe = first[999]
        _ = consume first
        _ = consume second
        #expect(probe != nil)  // the holder still has it
        eventually.freeInBackground()
        let deadline = Date().addingTimeInterval(5)
        while probe != nil, Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
        #expect(probe == nil)
        withExtendedLifetime(eventually) {}
    }
}

/// A counter safe to bump from any thread.
final class Atomic: @unchecked Sendable {
    private let lock = NSLock()
    private var count: Int
    init(_ count: Int) { self.count = count }
    func add() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
