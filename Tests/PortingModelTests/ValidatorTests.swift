import PortingModel
import Testing

@Suite("Row rules")
struct ValidatorTests {
    let references = References(carrierIds: [1], userIds: [7], orderIds: ["PO-1", "PO-2"])

    func order(_ id: String = "PO-1", _ change: (inout Order) -> Void = { _ in }) -> Order {
        var order = Order(id: id, status: "submitted")
        order.subscriberType = "business"
        order.ownerName = "Maria Garcia"
        order.businessName = "Northwind Dental"
        order.addressLine1 = "10 Main St"
        order.losingCarrierId = 1
        order.btn = "+14085550100"
        order.createdAt = "2026-10-01T10:00:00Z"
        order.country = "US"
        change(&order)
        return order
    }

    func messages(_ bundle: OrderBundle) -> [String] {
        Validator(references: references).check(bundle).map(\.description)
    }

    @Test("a valid order has no findings")
    func valid() {
        let bundle = OrderBundle(order: order(), numbers: [OrderNumber(orderId: "PO-1", number: "+14085550100", status: "submitted")])
        #expect(messages(bundle).isEmpty)
    }

    @Test("each broken rule names table, key and column")
    func broken() {
        var bundle = OrderBundle(
            order: order {
                $0.status = "approved"
                $0.btn = nil
                $0.businessName = nil
                $0.losingCarrierId = 9
                $0.restartedFrom = "PO-404"
            })
        bundle.numbers = [OrderNumber(orderId: "PO-1", number: "408 555 0100", status: "waiting")]
        bundle.tempMappings = [TempMapping(orderId: "PO-1", portedNumber: "+14085550111", tempNumber: "+14085550190", state: "active")]
        #expect(
            messages(bundle) == [
                "error: orders[PO-1].status: unknown status \"approved\"",
                "warning: orders[PO-1].business_name: is missing on a business order",
                "error: orders[PO-1].btn: is missing",
                "error: orders[PO-1].losing_carrier_id: refers to carrier 9, which does not exist",
                "error: orders[PO-1].restarted_from: refers to order \"PO-404\", which does not exist",
                "error: order_numbers[PO-1/408 555 0100].number: \"408 555 0100\" is not an E.164 number: it does not start with +",
                "error: order_numbers[PO-1/408 555 0100].status: unknown status \"waiting\"",
                "error: temp_numbers[PO-1/+14085550190].ported_number: \"+14085550111\" is not a number on order \"PO-1\"",
            ])
    }

    @Test("an order over 1,000 numbers is an error")
    func tooMany() {
        let numbers = (0..<1_001).map { OrderNumber(orderId: "PO-1", number: "+1408555\(String(1000 + $0).suffix(4))", status: "pending") }
        #expect(messages(OrderBundle(order: order(), numbers: numbers)) == ["error: orders[PO-1].id: has 1001 numbers; an order holds at most 1000"])
    }

    @Test("inventory rows check source, user and order")
    func inventory() {
        var entry = InventoryEntry(number: "+1408555", source: "bought")
        entry.userId = 8
        entry.orderId = "PO-9"
        #expect(
            Validator(references: references).check(entry).map(\.description) == [
                "error: phone_numbers[+1408555].number: \"+1408555\" is not an E.164 number: it is a +1 number without exactly 10 national digits",
                "error: phone_numbers[+1408555].source: unknown source \"bought\"; expected claimed, ported or temporary",
                "error: phone_numbers[+1408555].user_id: refers to user 8, which does not exist",
                "error: phone_numbers[+1408555].order_id: refers to order \"PO-9\", which does not exist",
            ])
    }

    @Test("control characters in keys are escaped in messages")
    func printable() {
        #expect(Finding(.error, table: "orders", key: "PO\n1", column: "id", "x").description == "error: orders[PO\\u{a}1].id: x")
    }

    @Test("restart chains that loop are reported once")
    func loops() {
        let findings = RestartChains.loops([("F", nil), ("A", "C"), ("G", "F"), ("B", "A"), ("C", "B"), ("D", "A"), ("E", "E"), ("H", "G")])
        #expect(
            findings.map(\.description) == [
                "error: orders[A].restarted_from: restart chain loops: A -> C -> B -> A",
                "error: orders[E].restarted_from: restart chain loops: E -> E",
            ])
    }
}
