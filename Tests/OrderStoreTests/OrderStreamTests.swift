import PortingModel
import TestSupport
import Testing

@testable import OrderStore

/// The orders a rebuild reads on a second connection (`OrderStream`) must be exactly those the
/// first connection reads, in the same order, or the rebuild's figures and pages go wrong.
@Suite("Orders read on a second connection")
struct OrderStreamTests {
    let folder = TemporaryFolder("stream")

    /// A demo database of `orders` orders whose orders table has no primary key and holds `PO` ids
    /// twice, as a database made outside the contract may.
    func database(orders: Int, repeating ids: [String]) throws -> String {
        let path = folder.file("stream-\(orders)-\(ids.count).sqlite")
        _ = try DemoDatabase.write(to: path, orders: orders, seed: 3)
        let copies = ids.map { "INSERT INTO orders SELECT * FROM orders_keyed WHERE id = '\($0)';" }.joined()
        try Fixture.raw(
            """
            ALTER TABLE orders RENAME TO orders_keyed;
            CREATE TABLE orders AS SELECT * FROM orders_keyed;
            \(copies)
            UPDATE orders SET owner_name = 'Second of ' || owner_name WHERE rowid > (SELECT count(*) FROM orders_keyed);
            """, at: path)
        return path
    }

    @Test("every order comes in id order with its rows, over several batches, and repeated ids come last", arguments: [1, 300, 700])
    func sameAsFirstConnection(orders: Int) throws {
        let path = try database(orders: orders, repeating: [])
        var firstIds: [String] = []
        try OrderDatabase(path: path).read { snapshot in try snapshot.forEachOrder(numbers: false) { firstIds.append($0.order.id) } }
        let repeated = [firstIds[0], firstIds[firstIds.count - 1]]
        let withRepeats = try database(orders: orders, repeating: repeated)
        let (first, second) = try OrderDatabase(path: withRepeats).read { snapshot in
            var first: ([OrderBundle], [Order]) = ([], []), second: ([OrderBundle], [Order]) = ([], [])
            try snapshot.forEachOrder(numbers: false, slim: true, { first.0.append($0) }, duplicate: { first.1.append($0) })
            let stream = try #require(try snapshot.streamOrders())
            let read = try stream.forEach({ second.0.append($0) }, duplicate: { second.1.append($0) })
            #expect(read)
            return (first, second)
        }
        #expect(second.0 == first.0)
        #expect(second.1 == first.1)
        #expect(first.0.count == orders)
        #expect(first.1.map(\.id) == repeated)
        #expect(first.1.allSatisfy { $0.ownerName?.hasPrefix("Second of ") == true })
        #expect(first.0.contains { !$0.events.isEmpty } && first.0.allSatisfy(\.numbers.isEmpty))
        #expect(first.0.allSatisfy { $0.slim && $0.order.addressLine1 == nil && $0.signature == nil && $0.notifications.isEmpty })
    }

    @Test(
        "an order read again whole is the bundle the whole read gives, and a slim one is that bundle without its address, PIN, notifications, temporary numbers and signature"
    )
    func wholeAndSlim() throws {
        let path = try database(orders: 120, repeating: ["PO-10003"])
        try Fixture.raw("UPDATE orders SET pin = '4321' WHERE id = 'PO-10010'", at: path)
        try OrderDatabase(path: path).read { snapshot in
            var whole: [OrderBundle] = [], slim: [OrderBundle] = []
            try snapshot.forEachOrder(numbers: true) { whole.append($0) }
            try snapshot.forEachOrder(numbers: false, slim: true) { slim.append($0) }
            #expect(whole.count == 120 && slim.count == 120)
            #expect(whole.contains { !$0.tempMappings.isEmpty } && whole.contains { $0.signature != nil } && whole.contains { $0.order.pin != nil })
            for (bundle, thin) in zip(whole, slim) {
                #expect(try snapshot.bundle(of: bundle.order.id) == bundle, "\(bundle.order.id) read again whole")
                var expected = bundle
                expected.numbers = []
                expected.notifications = []
                expected.tempMappings = []
                expected.signature = nil
                expected.slim = true
                for path in [\Order.addressLine1, \.addressLine2, \.city, \.region, \.postalCode, \.country, \.pin] {
                    expected.order[keyPath: path] = nil
                }
                #expect(thin == expected, "\(bundle.order.id) slim")
            }
            #expect(throws: StoreError.self) { try snapshot.bundle(of: "PO-NONE") }
        }
    }

    @Test("a database in WAL mode is read on its one connection")
    func noStreamInWAL() throws {
        let path = try Fixture.database(Fixture.smallValid, in: folder, name: "wal.sqlite")
        try Fixture.raw("PRAGMA journal_mode = WAL", at: path)
        let streamed = try OrderDatabase(path: path).read { snapshot throws -> Bool in try snapshot.streamOrders() != nil }
        #expect(!streamed)
    }

    @Test("a second connection that cannot read hands over nothing and says so, so the first reads instead")
    func unavailable() throws {
        let never = OrderStream()
        never.markUnavailable()
        var called = 0
        #expect(try !never.forEach({ _ in called += 1 }, duplicate: { _ in called += 1 }))
        // One whose reading fails before its first batch (here a child table is missing) is the same.
        let path = try Fixture.database(Fixture.smallValid, in: folder, name: "broken.sqlite")
        let database = try OrderDatabase(path: path)
        try Fixture.raw("DROP TABLE order_events", at: path)
        let broken = OrderStream()
        try database.read { snapshot in broken.read(snapshot) }
        broken.markUnavailable()  // as the opening connection does after `read`: no effect once it began
        #expect(try !broken.forEach({ _ in called += 1 }, duplicate: { _ in called += 1 }))
        #expect(called == 0)
    }
}
