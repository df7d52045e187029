import PortingModel

extension DemoGenerator {
    /// The inventory rows an order adds: its ported numbers and its active temporary numbers.
    mutating func inventory(for bundle: OrderBundle) -> [InventoryEntry] {
        var out: [InventoryEntry] = []
        for number in bundle.numbers where number.status == NumberStatus.ported.rawValue {
            out.append(entry(number.number, .ported, order: bundle.order.id, at: number.portedAt))
        }
        for mapping in bundle.tempMappings where mapping.state == TempState.active.rawValue {
            out.append(entry(mapping.tempNumber, .temporary, order: bundle.order.id, at: mapping.assignedAt))
        }
        return out
    }

    /// Numbers claimed from the provider's stock, about two for every three numbers on orders, so
    /// the inventory is as large as the porting history; some assigned, some available.
    static func claimedCount(numbersOnOrders: Int) -> Int { max(30, numbersOnOrders * 2 / 3) }

    /// One number claimed from the provider's stock.
    mutating func claimedNumber() -> InventoryEntry {
        let acquired = DemoClock.asOf - Int64(random.int(1...400)) * 86_400
        return entry(numbers.take(), .claimed, order: nil, at: DemoClock.text(acquired))
    }

    mutating func entry(_ number: String, _ source: NumberSource, order: String?, at: String?) -> InventoryEntry {
        var entry = InventoryEntry(number: number, source: source.rawValue)
        entry.status = "active"
        entry.userId = random.chance(0.6) ? Int64(random.int(1...userCount)) : nil
        entry.orderId = order
        entry.acquiredAt = at
        return entry
    }
}
