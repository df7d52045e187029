import OrderStore
import PortingModel
import TestSupport
import Testing

@Suite("Reading orders")
struct ReadingTests {
    let folder = TemporaryFolder("read")

    @Test("orders arrive in id order with exactly their own rows")
    func bundles() throws {
        let path = try Fixture.database(
            Fixture.smallValid + """
                INSERT INTO order_numbers VALUES ('PO-0', '+14085550177', 'pending', NULL, NULL, NULL, NULL);
                INSERT INTO order_events (order_id, at, to_status) VALUES ('PO-22', '2026-01-01', 'draft');
                """, in: folder)
        var seen: [OrderBundle] = []
        try OrderDatabase(path: path).read { try $0.forEachOrder { seen.append($0) } }
        #expect(seen.map(\.order.id) == ["PO-1", "PO-2", "PO-3"])
        #expect(seen.map(\.numbers.count) == [2, 2, 1])
        #expect(seen.map(\.events.count) == [3, 2, 1])
        #expect(seen[1].notifications == ["it@northwind.example", "owner@northwind.example"])
        #expect(seen[1].tempMappings.map(\.tempNumber) == ["+14085550190"])
        #expect(seen[1].signature?.signerName == "Maria Garcia")
        #expect(seen[0].signature == nil)
        #expect(seen[1].order.restartedFrom == "PO-1")
        #expect(seen[0].order.pin == "SECRET-PIN-1")
    }

    @Test("whether a table's rows name an order reads ids as every reader does: text, a blob of its bytes, text cut at a NUL")
    func namesAny() throws {
        let path = try Fixture.database(
            Fixture.smallValid + """
                INSERT INTO phone_numbers (number, source, order_id) VALUES ('+14085550301', 'port', CAST('PO-71' AS BLOB)),
                  ('+14085550302', 'port', 'PO-72' || char(0) || 'tail'), ('+14085550303', 'port', 'PO-73'), ('+14085550304', 'port', NULL);
                """, in: folder)
        try OrderDatabase(path: path).read { (snapshot) throws in
            for id in ["PO-71", "PO-72", "PO-73"] {
                #expect(try snapshot.namesAny(of: [id], in: "phone_numbers"), "\(id)")
                #expect(try snapshot.namesAny(of: ["PO-99", id], in: "phone_numbers"), "\(id)")
                #expect(try snapshot.linkedOrderIds(in: "phone_numbers").contains(id), "\(id)")
            }
            #expect(try !snapshot.namesAny(of: ["PO-99", "PO-7", "PO-72tail", ""], in: "phone_numbers"))
            #expect(try !snapshot.namesAny(of: [], in: "phone_numbers"))
        }
    }

    @Test("the same seed gives the same demo data, and another seed different data")
    func demoDeterministic() throws {
        func dump(_ name: String, seed: UInt64) throws -> [OrderBundle] {
            let path = folder.file(name)
            _ = try DemoDatabase.write(to: path, orders: 40, seed: seed)
            var out: [OrderBundle] = []
            try OrderDatabase(path: path).read { try $0.forEachOrder { out.append($0) } }
            return out
        }
        let first = try dump("a.sqlite", seed: 7), second = try dump("b.sqlite", seed: 7), other = try dump("c.sqlite", seed: 8)
        #expect(first == second)
        #expect(first != other)
        #expect(first.count == 40)
    }

    @Test("the demo covers every status, both subscriber types, restarts, temporary numbers and LOAs, with no errors")
    func demoCoverage() throws {
        let path = folder.file("demo.sqlite")
        let summary = try DemoDatabase.write(to: path)
        #expect(summary.orders == DemoDatabase.defaultOrders)
        let store = try OrderDatabase(path: path)
        var statuses = Set<String>(), types = Set<String>(), restarts = 0, temps = Set<String>(), signed = 0, sizes = Set<Int>()
        try store.read {
            try $0.forEachOrder { bundle in
                statuses.insert(bundle.order.status)
                types.insert(bundle.order.subscriberType ?? "")
                if bundle.order.restartedFrom != nil { restarts += 1 }
                temps.formUnion(bundle.tempMappings.map(\.state))
                if bundle.signature != nil { signed += 1 }
                sizes.insert(bundle.numbers.count)
            }
        }
        #expect(statuses == Set(OrderStatus.allCases.map(\.rawValue)))
        #expect(types == ["business", "residential"])
        #expect(restarts > 0)
        #expect(temps == ["active", "swapped", "released"])
        #expect(signed > 0)
        #expect(sizes.contains(1_000) && sizes.contains(1))
        let errors = try store.read { try $0.findings() }.filter { $0.severity == .error }
        #expect(errors.isEmpty)
        #expect(throws: StoreError.self) { try DemoDatabase.write(to: path) }
    }
}
