import OrderStore
import PortingModel
import TestSupport
import Testing

@Suite("Checking rows")
struct FindingsTests {
    let folder = TemporaryFolder("check")

    func findings(_ sql: String) throws -> [String] {
        let path = try Fixture.database(Fixture.smallValid + sql, in: folder)
        return try OrderDatabase(path: path).read { try $0.findings() }.map(\.description)
    }

    @Test("the small fixture is valid")
    func valid() throws {
        #expect(try findings("") == [])
    }

    @Test("a number on two open orders is reported once with both orders")
    func duplicateOpen() throws {
        #expect(
            try findings(
                """
                UPDATE orders SET status = 'submitted' WHERE id = 'PO-1';
                """) == [
                    "error: order_numbers[+14085550100].number: is on more than one open order: PO-1, PO-2",
                    "error: order_numbers[+14085550101].number: is on more than one open order: PO-1, PO-2",
                ])
    }

    @Test("rows of missing orders, a temporary number ported elsewhere, and a restart loop are reported")
    func crossTable() throws {
        #expect(
            try findings(
                """
                INSERT INTO order_numbers VALUES ('PO-9', '+14085550122', 'pending', NULL, NULL, NULL, NULL);
                INSERT INTO temp_numbers VALUES ('PO-2', '+14085550101', '+15125550150', NULL, NULL, 'active');
                UPDATE orders SET restarted_from = 'PO-2' WHERE id = 'PO-1';
                """) == [
                    "error: order_numbers[PO-9/+14085550122].order_id: refers to order \"PO-9\", which does not exist",
                    "error: orders[PO-1].restarted_from: restart chain loops: PO-1 -> PO-2 -> PO-1",
                    "error: temp_numbers[PO-2/+15125550150].temp_number: is also a number being ported on order PO-3",
                ])  // errors first, then by table, key, column: the order of the Data problems page
    }

    @Test("bad inventory rows are reported")
    func inventory() throws {
        #expect(
            try findings(
                """
                INSERT INTO phone_numbers VALUES ('555-0100', 'claimed', 'active', 42, NULL, NULL);
                """) == [
                    "error: phone_numbers[555-0100].number: \"555-0100\" is not an E.164 number: it does not start with +",
                    "error: phone_numbers[555-0100].user_id: refers to user 42, which does not exist",
                ])
    }

    @Test("NULLs where the contract needs values are findings, not crashes")
    func nulls() throws {
        let path = folder.file("loose.sqlite")
        // A view lets NULLs through where the tables would not.
        _ = try Fixture.database(
            Fixture.smallValid + """
                ALTER TABLE orders RENAME TO orders_base;
                CREATE VIEW orders AS SELECT id, CASE id WHEN 'PO-3' THEN NULL ELSE status END AS status, subscriber_type,
                  CASE id WHEN 'PO-3' THEN NULL ELSE owner_name END AS owner_name, business_name, address_line1, address_line2,
                  city, region, postal_code, country, losing_carrier_id, account_number, pin,
                  CASE id WHEN 'PO-3' THEN 12345 ELSE btn END AS btn, assign_temp_numbers, requested_port_date, foc_date,
                  created_at, submitted_at, updated_at, completed_at, restarted_from FROM orders_base;
                """, in: folder, name: "loose.sqlite")
        let found = try OrderDatabase(path: path).read { try $0.findings() }.map(\.description)
        #expect(
            found == [
                "error: orders[PO-3].btn: \"12345\" is not an E.164 number: it does not start with +",
                "error: orders[PO-3].owner_name: is missing",
                "error: orders[PO-3].status: is missing",
            ])
    }
}
