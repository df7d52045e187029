import GRDB
import PortingModel

// One decoding function per table, reading columns by position in `Schema.tables` order,
// which is the fast path (no column-name lookups per row).

extension Order {
    init(row: some ColumnReader) {
        self.init(id: row.text(0) ?? "", status: row.text(1) ?? "")
        subscriberType = row.text(2)
        ownerName = row.text(3)
        businessName = row.text(4)
        addressLine1 = row.text(5)
        addressLine2 = row.text(6)
        city = row.text(7)
        region = row.text(8)
        postalCode = row.text(9)
        country = row.text(10)
        losingCarrierId = row.integer(11)
        accountNumber = row.text(12)
        pin = row.text(13)
        btn = row.text(14)
        assignTempNumbers = (row.integer(15) ?? 0) != 0
        requestedPortDate = row.text(16)
        focDate = row.text(17)
        createdAt = row.text(18)
        submittedAt = row.text(19)
        updatedAt = row.text(20)
        completedAt = row.text(21)
        restartedFrom = row.text(22)
    }
}

extension OrderNumber {
    init(row: some ColumnReader) {
        self.init(orderId: row.text(0) ?? "", number: row.text(1) ?? "", status: row.text(2) ?? "")
        focDate = row.text(3)
        rejectionCode = row.text(4)
        rejectionReason = row.text(5)
        portedAt = row.text(6)
    }
}

extension OrderEvent {
    init(row: some ColumnReader) {
        self.init(id: row.integer(0) ?? 0, orderId: row.text(1) ?? "", at: row.text(3) ?? "")
        number = row.text(2)
        fromStatus = row.text(4)
        toStatus = row.text(5)
        actor = row.text(6)
        note = row.text(7)
    }
}

extension TempMapping {
    init(row: some ColumnReader) {
        self.init(
            orderId: row.text(0) ?? "", portedNumber: row.text(1) ?? "", tempNumber: row.text(2) ?? "",
            state: row.text(5) ?? "")
        assignedAt = row.text(3)
        swappedAt = row.text(4)
    }
}

extension InventoryEntry {
    init(row: some ColumnReader) {
        self.init(number: row.text(0) ?? "", source: row.text(1) ?? "")
        status = row.text(2)
        userId = row.integer(3)
        orderId = row.text(4)
        acquiredAt = row.text(5)
    }
}

extension LoaSignature {
    init(row: some ColumnReader) {
        self.init(orderId: row.text(0) ?? "")
        signerName = row.text(1)
        signerTitle = row.text(2)
        signerEmail = row.text(3)
        acceptedAt = row.text(4)
        loaVersion = row.text(5)
    }
}

extension Carrier {
    init(row: some ColumnReader) {
        self.init(id: row.integer(0) ?? 0, name: row.text(1) ?? "", spid: row.text(2))
    }
}

extension User {
    init(row: some ColumnReader) {
        self.init(id: row.integer(0) ?? 0, name: row.text(1) ?? "", email: row.text(2), extension: row.text(3))
    }
}
