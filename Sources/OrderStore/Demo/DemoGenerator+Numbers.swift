import PortingModel

extension DemoGenerator {
    /// Per-number statuses that agree with the order's status; exceptions carry real rejection reasons.
    mutating func makeNumbers(_ list: [String], order: Order, status: OrderStatus) -> [OrderNumber] {
        let orderLevel = random.int(0...(DemoVocabulary.rejections.count - 1))
        let rejectAll = ![6, 7, 8, 9].contains(orderLevel)
        var out: [OrderNumber] = []
        out.reserveCapacity(list.count)
        for (i, number) in list.enumerated() {
            var row = OrderNumber(orderId: order.id, number: number, status: NumberStatus.pending.rawValue)
            switch status {
            case .draft, .awaitingSignature, .inReview:
                row.status = NumberStatus.pending.rawValue
            case .submitted, .suppPending:
                row.status = NumberStatus.submitted.rawValue
            case .exception:
                if rejectAll || i == 0 || random.chance(0.2) {
                    row.status = NumberStatus.rejected.rawValue
                    let rejection = DemoVocabulary.rejections[orderLevel]
                    row.rejectionCode = rejection.code
                    row.rejectionReason = rejection.reason
                } else {
                    row.status = NumberStatus.submitted.rawValue
                }
            case .focConfirmed:
                row.status = NumberStatus.focConfirmed.rawValue
                row.focDate = order.focDate
            case .completed:
                row.status = NumberStatus.ported.rawValue
                row.focDate = order.focDate
                row.portedAt = order.completedAt
            case .partiallyCompleted:
                if i == 0 || random.chance(0.75) {
                    row.status = NumberStatus.ported.rawValue
                    row.portedAt = order.completedAt
                } else {
                    row.status = NumberStatus.notPortable.rawValue
                    row.rejectionCode = "NOT_PORTABLE"
                    row.rejectionReason = DemoVocabulary.rejections[6].reason
                }
                row.focDate = order.focDate
            case .cancelPending:
                row.status = NumberStatus.cancelPending.rawValue
            case .cancelled, .expired:
                row.status = NumberStatus.cancelled.rawValue
            }
            out.append(row)
        }
        return out
    }
}
