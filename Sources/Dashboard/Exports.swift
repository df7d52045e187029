import PortingModel

/// The downloadable data: the same rows as the pages, as CSV and JSON. PINs are never exported;
/// account numbers are masked.
public enum Exports {
    /// Where export `name` (`orders`, `order-numbers`, `temp-numbers`, `inventory`) is published as CSV.
    public static func csvPath(_ name: String) -> String { "exports/\(name).csv" }
    /// Where export `name` is published as JSON.
    public static func jsonPath(_ name: String) -> String { "exports/\(name).json" }

    /// The columns of `orders.csv` and the keys of `orders.json`, in order.
    public static let orderColumns = [
        "id", "status", "subscriber_type", "owner_name", "business_name", "carrier", "btn",
        "account_number_masked", "numbers", "created_at", "submitted_at", "foc_date",
        "completed_at", "restarted_from",
    ]

    /// One order's export row: account number masked, PIN never included.
    public static func orderFields(_ b: OrderBundle, index: SiteIndex, display: Display) -> [(String, JSONText.Value)] {
        orderFields(b.order, numbers: b.tally.count, index: index, display: display)
    }

    /// One order's export row, from the order and how many numbers it has.
    public static func orderFields(_ o: Order, numbers: Int, index: SiteIndex, display: Display) -> [(String, JSONText.Value)] {
        return [
            ("id", .string(o.id)), ("status", .string(o.status)), ("subscriber_type", .string(o.subscriberType)),
            ("owner_name", .string(display.exportName(o.ownerName))), ("business_name", .string(display.exportName(o.businessName))),
            ("carrier", .string(index.carrierName(o.losingCarrierId))), ("btn", .string(o.btn)),
            ("account_number_masked", .string(Display.mask(o.accountNumber))), ("numbers", .int(Int64(numbers))),
            ("created_at", .string(o.createdAt)), ("submitted_at", .string(o.submittedAt)), ("foc_date", .string(o.focDate)),
            ("completed_at", .string(o.completedAt)), ("restarted_from", .string(o.restartedFrom)),
        ]
    }

    /// Orders per part of the orders and order-numbers exports (`exports/orders/part-0001.csv`,
    /// `exports/order-numbers/part-0001.csv`, ...): part k of both covers the same orders.
    public static let partSize = 500

    /// The export name of part `k` (1-based) of the orders.
    public static func ordersPart(_ k: Int) -> String { "orders/" + partName(k) }

    /// The export name of part `k` (1-based) of the order numbers.
    public static func numbersPart(_ k: Int) -> String { "order-numbers/" + partName(k) }

    static func partName(_ k: Int) -> String {
        let digits = String(k)
        return "part-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The exports listing the parts of the orders and of the order numbers.
    public static let ordersIndex = "orders/index"
    public static let ordersIndexColumns = ["part", "first_order_id", "last_order_id", "orders", "csv", "json"]
    public static let numbersIndex = "order-numbers/index"
    public static let numbersIndexColumns = ["part", "first_order_id", "last_order_id", "orders", "numbers", "csv", "json"]

    /// The columns of each part of the order-numbers export.
    public static let numberColumns = ["order_id", "number", "status", "foc_date", "rejection_code", "rejection_reason", "ported_at"]

    /// One number's export row.
    public static func numberFields(_ n: OrderNumber) -> [(String, JSONText.Value)] {
        [
            ("order_id", .string(n.orderId)), ("number", .string(n.number)), ("status", .string(n.status)),
            ("foc_date", .string(n.focDate)), ("rejection_code", .string(n.rejectionCode)),
            ("rejection_reason", .string(n.rejectionReason)), ("ported_at", .string(n.portedAt)),
        ]
    }

    /// One number's export row, as `numberFields` gives it, written without the fields.
    public static func appendNumber(_ n: OrderNumber, to rows: inout ExportRows) {
        rows.startRow()
        rows.cell(n.orderId)
        rows.cell(n.number)
        rows.cell(n.status)
        rows.cell(n.focDate)
        rows.cell(n.rejectionCode)
        rows.cell(n.rejectionReason)
        rows.cell(n.portedAt)
        rows.endRow()
    }

    /// The columns of `temp-numbers.csv`.
    public static let tempColumns = ["temp_number", "ported_number", "order_id", "assignee", "state", "assigned_at", "swapped_at"]

    /// One temporary mapping's export row.
    public static func tempFields(_ t: TempMapping, assignee: String?) -> [(String, JSONText.Value)] {
        [
            ("temp_number", .string(t.tempNumber)), ("ported_number", .string(t.portedNumber)), ("order_id", .string(t.orderId)),
            ("assignee", .string(assignee)), ("state", .string(t.state)), ("assigned_at", .string(t.assignedAt)),
            ("swapped_at", .string(t.swappedAt)),
        ]
    }

    /// The columns of `inventory.csv`.
    public static let inventoryColumns = ["number", "source", "status", "assignee", "order_id", "acquired_at"]

    /// One inventory number's export row.
    public static func inventoryFields(_ e: InventoryEntry, assignee: String?) -> [(String, JSONText.Value)] {
        [
            ("number", .string(e.number)), ("source", .string(e.source)), ("status", .string(e.status)),
            ("assignee", .string(assignee)), ("order_id", .string(e.orderId)), ("acquired_at", .string(e.acquiredAt)),
        ]
    }

    /// One inventory number's export row, as `inventoryFields` gives it, written without the fields.
    public static func appendInventory(_ e: InventoryEntry, assignee: String?, to rows: inout ExportRows) {
        rows.startRow()
        rows.cell(e.number)
        rows.cell(e.source)
        rows.cell(e.status)
        rows.cell(assignee)
        rows.cell(e.orderId)
        rows.cell(e.acquiredAt)
        rows.endRow()
    }

    /// A CSV line of the values of `fields`.
    public static func csvLine(_ fields: [(String, JSONText.Value)]) -> String {
        CSV.line(
            fields.map { field in
                switch field.1 {
                case .string(let text): return text ?? ""
                case .int(let int): return int.map { String($0) } ?? ""
                case .bool(let bool): return bool ? "true" : "false"
                case .decimal(let number): return number.map(Percentiles.oneDecimal) ?? ""
                }
            })
    }
}
