import PortingModel

extension DemoGenerator {
    /// The statuses an order passes through to reach `status`.
    static func path(to status: OrderStatus) -> [OrderStatus] {
        let base: [OrderStatus] = [.draft, .awaitingSignature, .inReview, .submitted]
        switch status {
        case .draft: return [.draft]
        case .awaitingSignature: return [.draft, .awaitingSignature]
        case .inReview: return [.draft, .awaitingSignature, .inReview]
        case .submitted: return base
        case .exception: return base + [.exception]
        case .suppPending: return base + [.exception, .suppPending]
        case .focConfirmed: return base + [.focConfirmed]
        case .completed: return base + [.focConfirmed, .completed]
        case .partiallyCompleted: return base + [.focConfirmed, .partiallyCompleted]
        case .cancelPending: return base + [.cancelPending]
        case .cancelled: return base + [.cancelPending, .cancelled]
        case .expired: return [.draft, .awaitingSignature, .expired]
        }
    }

    func event(
        _ orderId: String, at: Int64, from: OrderStatus?, to: OrderStatus, note: String? = nil,
        actor: String = "porting-bot"
    ) -> OrderEvent {
        var event = OrderEvent(id: 0, orderId: orderId, at: DemoClock.text(at))
        event.fromStatus = from?.rawValue
        event.toStatus = to.rawValue
        event.actor = actor
        event.note = note
        return event
    }

    /// Sets the order's dates and returns its status history, ending at or before the demo's "now".
    mutating func makeTimeline(for order: inout Order, status: OrderStatus, index: Int, notBefore: Int64? = nil) -> [OrderEvent] {
        let path = Self.path(to: status)
        let pace = DemoVocabulary.pace(order.losingCarrierId.map { Int($0) - 1 } ?? 0)
        let activeAge = status.isTerminal ? Int(Double(random.int(20...120)) * pace) : random.int(1...45)
        var created = DemoClock.asOf - Int64(activeAge) * 86_400 - Int64(random.int(0...36_000))
        if let notBefore { created = max(created, notBefore) }
        let span = max(3_600, DemoClock.asOf - created - 3_600)
        let step = span / Int64(max(1, path.count))
        var times: [Int64] = []
        var t = created
        for i in 0..<path.count {
            if i > 0 { t += Int64(random.int(Int(step / 3)...Int(max(step / 3 + 1, step)))) }
            times.append(min(t, DemoClock.asOf - Int64(path.count - i) * 60))
        }
        order.createdAt = DemoClock.text(times[0])
        order.updatedAt = DemoClock.text(times.last!)
        if let submitted = path.firstIndex(of: .submitted) { order.submittedAt = DemoClock.text(times[submitted]) }
        if status == .focConfirmed {
            order.focDate = DemoClock.date(DemoClock.asOf + Int64(random.int(-4...20)) * 86_400)  // a few FOC dates missed
        }
        if let foc = path.firstIndex(of: .focConfirmed), status != .focConfirmed {
            order.focDate = DemoClock.date(times[min(foc + 1, times.count - 1)])
        }
        if status == .completed || status == .partiallyCompleted { order.completedAt = order.updatedAt }
        if let submitted = order.submittedAt {
            order.requestedPortDate = DemoClock.date(Timestamp.seconds(submitted)! + Int64(random.int(5...15)) * 86_400)
        }
        var events: [OrderEvent] = []
        for (i, step) in path.enumerated() {
            let note: String?
            switch step {
            case .draft: note = "Order created"
            case .awaitingSignature: note = "LOA sent to \(order.ownerName ?? "the owner") for signature"
            case .inReview: note = "LOA accepted"
            case .submitted: note = "Sent to the losing carrier"
            case .exception: note = "Rejected by the losing carrier"
            case .focConfirmed: note = "FOC date \(order.focDate ?? "committed")"
            case .completed: note = "All numbers ported"
            default: note = nil
            }
            events.append(
                event(
                    order.id, at: times[i], from: i == 0 ? nil : path[i - 1], to: step, note: note,
                    actor: i == 0 ? "customer portal" : random.pick(DemoVocabulary.actors)))
        }
        return events
    }
}
