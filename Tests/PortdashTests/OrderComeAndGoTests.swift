import Dashboard
import Foundation
import OrderStore
import PortingModel
import SiteBuilder
import TestSupport
import Testing

/// An order added or deleted: the stages that read the inventory, the temporary numbers and the
/// rules over the order numbers depend on it only through the orders their rows name, so they are
/// kept unless one of those came or went; and every rebuild equals a cold build.
@Suite("Orders that come and go")
struct OrderComeAndGoTests {
    /// The inventory pages' text, all of them.
    static func inventoryText(_ output: String) -> String {
        TemporaryFolder.files(under: output).filter { $0.hasPrefix("inventory/") && $0.hasSuffix(".html") }.sorted()
            .map { SiteInspection.text(output, $0) }.joined()
    }

    @Test("an order no row names keeps the inventory, temporary-number and rules stages; one they name runs each again")
    func comeAndGo() throws {
        let folder = TemporaryFolder("come-and-go")
        let database = folder.file("demo.sqlite")
        _ = try DemoDatabase.write(to: database, orders: 40, seed: 9)
        // An inventory number, a temporary number and an order number, each naming an order that
        // does not exist yet.
        try Fixture.raw(
            """
            UPDATE phone_numbers SET order_id = 'PO-20002' WHERE rowid = (SELECT min(rowid) FROM phone_numbers);
            UPDATE temp_numbers SET order_id = 'PO-20003' WHERE rowid = (SELECT min(rowid) FROM temp_numbers);
            INSERT INTO order_numbers (order_id, number, status) VALUES ('PO-20004', '+14085559944', 'pending');
            """, at: database)
        var config = SiteConfig()
        config.asOf = "2026-11-20T17:00:00Z"
        var colds = 0
        func build(_ output: String = "out") throws -> BuildResult {
            try SiteBuilder.build(BuildOptions(database: database, output: folder.file(output), theme: SiteInspection.defaultTheme, config: config))
        }
        /// Rebuilds, and checks the site against a cold build of the same data.
        func rebuild() throws -> BuildResult {
            let result = try build()
            colds += 1
            _ = try build("cold-\(colds)")
            let differing = TreeSnapshot(folder.file("out")).differingFiles(from: TreeSnapshot(folder.file("cold-\(colds)")))
            #expect(differing.isEmpty, "\(differing.prefix(5))")
            return result
        }
        let stages: Set = ["inventory", "temp-numbers", "number-rules"]
        func order(_ id: String) -> String {
            """
            INSERT INTO orders (id, status, owner_name, address_line1, btn, created_at, submitted_at)
            VALUES ('\(id)', 'submitted', 'Owner \(id)', '1 Main St', '+14085550123', '2026-11-19T10:00:00Z', '2026-11-19T11:00:00Z');
            """
        }
        let first = try build()
        #expect(first.findings.contains { $0.key.contains("PO-20004") })
        #expect(!Self.inventoryText(folder.file("out")).contains("po-20002.html"))

        // An order no row names, added and deleted: the three stages are kept.
        try Fixture.raw(order("PO-20001"), at: database)
        let added = try rebuild()
        #expect(added.written.contains("orders/po-20001.html"))
        #expect(stages.isSubset(of: Set(added.stagesKept)), "\(added.stagesKept)")
        try Fixture.raw("DELETE FROM orders WHERE id = 'PO-20001'", at: database)
        let deleted = try rebuild()
        #expect(deleted.removed.contains("orders/po-20001.html"))
        #expect(stages.isSubset(of: Set(deleted.stagesKept)), "\(deleted.stagesKept)")

        // The order an inventory number names: its stage runs again and links it.
        try Fixture.raw(order("PO-20002"), at: database)
        let linked = try rebuild()
        #expect(!linked.stagesKept.contains("inventory"))
        #expect(linked.stagesKept.contains("temp-numbers") && linked.stagesKept.contains("number-rules"), "\(linked.stagesKept)")
        #expect(Self.inventoryText(folder.file("out")).contains("po-20002.html"))
        try Fixture.raw("DELETE FROM orders WHERE id = 'PO-20002'", at: database)
        let unlinked = try rebuild()
        #expect(!unlinked.stagesKept.contains("inventory"))
        #expect(!Self.inventoryText(folder.file("out")).contains("po-20002.html"))

        // The order a temporary number names, then the one an order number names.
        try Fixture.raw(order("PO-20003"), at: database)
        let temp = try rebuild()
        #expect(!temp.stagesKept.contains("temp-numbers"))
        #expect(temp.stagesKept.contains("inventory"), "\(temp.stagesKept)")
        try Fixture.raw(order("PO-20004"), at: database)
        let rules = try rebuild()
        #expect(!rules.stagesKept.contains("number-rules"))
        #expect(!rules.findings.contains { $0.key.contains("PO-20004") && $0.message.contains("does not exist") })
    }
}
