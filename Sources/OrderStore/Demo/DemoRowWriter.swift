import GRDB
import PortingModel

/// Prepared INSERT statements for every contract table, reused for every row.
struct DemoRowWriter {
    let carriers, users, orders, numbers, events, notifications, temps, inventory, signatures: Statement

    init(_ db: Database) throws {
        func insert(_ table: String, skipFirst: Bool = false) throws -> Statement {
            var columns = Schema.tables.first { $0.name == table }!.columns
            if skipFirst { columns.removeFirst() }
            let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
            return try db.makeStatement(sql: "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(marks))")
        }
        carriers = try insert("carriers")
        users = try insert("users")
        orders = try insert("orders")
        numbers = try insert("order_numbers")
        events = try insert("order_events", skipFirst: true)
        notifications = try insert("order_notifications")
        temps = try insert("temp_numbers")
        inventory = try insert("phone_numbers")
        signatures = try insert("loa_signatures")
    }

    func insert(_ c: Carrier) throws { try carriers.execute(arguments: [c.id, c.name, c.spid]) }

    func insert(_ u: User) throws { try users.execute(arguments: [u.id, u.name, u.email, u.extension]) }

    func insert(_ e: InventoryEntry) throws {
        try inventory.execute(arguments: [e.number, e.source, e.status, e.userId, e.orderId, e.acquiredAt])
    }

    func insert(_ bundle: OrderBundle) throws {
        let o = bundle.order
        try orders.execute(arguments: [
            o.id, o.status, o.subscriberType, o.ownerName, o.businessName, o.addressLine1, o.addressLine2, o.city,
            o.region, o.postalCode, o.country, o.losingCarrierId, o.accountNumber, o.pin, o.btn, o.assignTempNumbers,
            o.requestedPortDate, o.focDate, o.createdAt, o.submittedAt, o.updatedAt, o.completedAt, o.restartedFrom,
        ])
        for n in bundle.numbers {
            try numbers.execute(arguments: [n.orderId, n.number, n.status, n.focDate, n.rejectionCode, n.rejectionReason, n.portedAt])
        }
        for e in bundle.events {
            try events.execute(arguments: [e.orderId, e.number, e.at, e.fromStatus, e.toStatus, e.actor, e.note])
        }
        for email in bundle.notifications { try notifications.execute(arguments: [o.id, email]) }
        for t in bundle.tempMappings {
            try temps.execute(arguments: [t.orderId, t.portedNumber, t.tempNumber, t.assignedAt, t.swappedAt, t.state])
        }
        if let s = bundle.signature {
            try signatures.execute(arguments: [s.orderId, s.signerName, s.signerTitle, s.signerEmail, s.acceptedAt, s.loaVersion])
        }
    }
}
