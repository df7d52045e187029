import GRDB
import PortingModel

/// A consistent view of the order database, valid only inside `OrderDatabase.read`.
///
/// Every reader streams with cursors in a fixed order, so memory does not grow with the data.
public struct Snapshot {
    let db: Database
    /// The database file, for a second connection (`prefetch`).
    var path: String?

    init(db: Database, path: String? = nil) {
        self.db = db
        self.path = path
    }

    /// Every carrier, by id.
    public func carriers() throws -> [Int64: Carrier] {
        var out: [Int64: Carrier] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT \(Schema.columnList("carriers")) FROM carriers ORDER BY id")
        while let row = try rows.next() {
            let carrier = Carrier(row: row)
            if out[carrier.id] == nil { out[carrier.id] = carrier }
        }
        return out
    }

    /// Every user, by id (read as the big tables are: a company may have thousands).
    public func users() throws -> [Int64: User] {
        var out: [Int64: User] = [:]
        let rows = try FastRows(db, sql: "SELECT \(Schema.columnList("users")) FROM users ORDER BY id")
        while try rows.next() {
            let user = User(row: rows)
            if out[user.id] == nil { out[user.id] = user }
        }
        return out
    }

    /// Every order id with the order it restarts, if any, in id order.
    public func restartLinks() throws -> [(id: String, restartedFrom: String?)] {
        var out: [(id: String, restartedFrom: String?)] = []
        // Read as the orders are (`FastRows`): one row per order, before the orders pass.
        let rows = try FastRows(db, sql: "SELECT id, restarted_from FROM orders ORDER BY id")
        while try rows.next() {
            out.append((rows.text(0) ?? "", rows.text(1)))
        }
        return out
    }

    /// The references the validator needs: carrier, user and order ids.
    public func references() throws -> References {
        References(
            carrierIds: Set(try carriers().keys), userIds: Set(try users().keys),
            orderIds: Set(try restartLinks().map(\.id)))
    }

    /// Calls `body` with each order and its rows, in order id order.
    ///
    /// One cursor per table, merged by order id: a single pass over each table. Child rows whose
    /// order does not exist are skipped here (`orphans()` reports them); a second order with an id
    /// already seen is passed to `duplicate`.
    ///
    /// With `numbers` false, the order numbers are not read (`bundle.numbers` is empty): a rebuild
    /// reads them only for the orders that changed (`numbers(of:)`).
    ///
    /// With `slim`, each bundle is `slim`: the order's address and PIN columns, its notifications,
    /// temporary numbers and signature are not read.
    public func forEachOrder(
        numbers readNumbers: Bool = true, slim: Bool = false, _ body: (consuming OrderBundle) throws -> Void,
        duplicate: (Order) -> Void = { _ in }
    ) throws {
        let columns = slim ? Self.slimOrderColumns : Schema.columnList("orders")
        let orders = try FastRows(db, sql: "SELECT \(columns) FROM orders ORDER BY id")
        var numbers = readNumbers ? try child("order_numbers", order: "order_id, number", OrderNumber.init(row:), \.orderId) : nil
        var events = try child("order_events", order: "order_id, at, id", OrderEvent.init(row:), \.orderId)
        var notices = slim ? nil : try child("order_notifications", order: "order_id, email", { ($0.text(0) ?? "", $0.text(1) ?? "") }, \.0)
        var temps = slim ? nil : try child("temp_numbers", order: "order_id, temp_number", TempMapping.init(row:), \.orderId)
        var signatures = slim ? nil : try child("loa_signatures", order: "order_id", LoaSignature.init(row:), \.orderId)
        var previous: String?
        while try orders.next() {
            let order = Order(row: orders)
            if let previous, previous.sameBytes(as: order.id) { duplicate(order); continue }
            previous = order.id
            let id = order.id
            // Made in the call, so it is moved into `body` rather than copied (each of its strings
            // retained and released).
            var bundle = OrderBundle(
                order: order, numbers: try numbers?.take(id) ?? [], events: try events.take(id),
                notifications: try notices?.take(id).map(\.1) ?? [], tempMappings: try temps?.take(id) ?? [],
                signature: try signatures?.take(id).first)
            bundle.slim = slim
            try body(bundle)
        }
    }

    /// The orders' columns as `Order(row:)` reads them, with NULL for those a slim bundle leaves out.
    static let slimOrderColumns = Schema.tables.first { $0.name == "orders" }!.columns.map { column in
        ["address_line1", "address_line2", "city", "region", "postal_code", "country", "pin"].contains(column) ? "NULL" : column
    }.joined(separator: ", ")

    /// The whole bundle of the order `id` (with its numbers), as `forEachOrder` reads it. Throws
    /// when there is no such order (the caller saw it in this snapshot).
    public func bundle(of id: String) throws -> OrderBundle {
        guard let order = try rows("orders", of: id, order: "id", Order.init(row:), \.id).first else {
            throw StoreError(.readFailed, "database \(path ?? "(memory)"): order \(id) could not be read again")
        }
        return OrderBundle(
            order: order, numbers: try numbers(of: id),
            events: try rows("order_events", of: id, order: "order_id, at, id", OrderEvent.init(row:), \.orderId),
            notifications: try rows("order_notifications", of: id, order: "order_id, email", { ($0.text(0) ?? "", $0.text(1) ?? "") }, \.0).map(\.1),
            tempMappings: try rows("temp_numbers", of: id, order: "order_id, temp_number", TempMapping.init(row:), \.orderId),
            signature: try rows("loa_signatures", of: id, order: "order_id", LoaSignature.init(row:), \.orderId).first)
    }

    /// Calls `body` with each inventory number, in number order.
    public func forEachInventoryEntry(_ body: (InventoryEntry) throws -> Void) throws {
        let rows = try FastRows(db, sql: "SELECT \(Schema.columnList("phone_numbers")) FROM phone_numbers ORDER BY number")
        while try rows.next() { try body(InventoryEntry(row: rows)) }
    }

    /// The number of rows in a contract table.
    public func count(_ table: String) throws -> Int {
        precondition(Schema.tables.contains { $0.name == table })
        return try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
    }

    func child<T>(_ table: String, order: String, _ decode: @escaping (FastRows) -> T, _ key: @escaping (T) -> String) throws -> MergeCursor<T> {
        let rows = try FastRows(db, sql: "SELECT \(Schema.columnList(table)) FROM \(table) ORDER BY \(order)")
        return MergeCursor(rows: rows, decode: decode, key: key)
    }
}
