import PortingModel

/// The fields that describe an order in one line: used on its own page and in the summary tables.
public enum OrderSummaryRow {
    public static func fields(_ bundle: OrderBundle, index: SiteIndex, display: Display, from page: String) -> [String: Any] {
        let o = bundle.order
        var row: [String: Any] = [
            "id": o.id,
            "status": StatusBadge.order(o.status),
            "statusRank": o.knownStatus?.rank ?? 99,
            "owner": display.name(o.ownerName),
            "business": display.name(o.businessName),
            "customer": display.name(o.businessName ?? o.ownerName),
            "subscriberType": o.subscriberType ?? "",
            "carrier": index.carrierName(o.losingCarrierId),
            "numberCount": bundle.numbers.count,
            "created": display.date(o.createdAt),
            "submitted": display.date(o.submittedAt),
            "updated": display.date(o.updatedAt),
            "foc": display.date(o.focDate),
            "completed": display.date(o.completedAt),
        ]
        if let href = index.orderHref(o.id, from: page) { row["href"] = href }
        return row
    }
}
