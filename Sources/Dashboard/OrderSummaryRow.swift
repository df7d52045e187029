import PortingModel

/// The fields that describe an order in one line, shown on its page and its LOA. Empty values are
/// absent, so `{{^name}}` shows its "none" text.
public struct OrderSummaryRow: Sendable, TemplateModel {
    let bundle: OrderBundle
    let index: SiteIndex
    let display: Display
    let page: String

    public init(_ bundle: OrderBundle, index: SiteIndex, display: Display, from page: String) {
        self.bundle = bundle
        self.index = index
        self.display = display
        self.page = page
    }

    var order: Order { bundle.order }

    public static let templateFields = TemplateFields<OrderSummaryRow>([
        "id": { .nonEmpty($0.order.id) },
        "status": { .model(StatusBadge.order($0.order.status)) },
        "statusRank": { .number($0.order.knownStatus?.rank ?? 99) },
        "owner": { .nonEmpty($0.display.name($0.order.ownerName)) },
        "business": { .nonEmpty($0.display.name($0.order.businessName)) },
        "customer": { .nonEmpty($0.display.name($0.order.businessName ?? $0.order.ownerName)) },
        "subscriberType": { .nonEmpty($0.order.subscriberType) },
        "carrier": { .nonEmpty($0.index.carrierName($0.order.losingCarrierId)) },
        "numberCount": { .number($0.bundle.numbers.count) },
        "created": { .nonEmpty($0.display.date($0.order.createdAt)) },
        "submitted": { .nonEmpty($0.display.date($0.order.submittedAt)) },
        "updated": { .nonEmpty($0.display.date($0.order.updatedAt)) },
        "foc": { .nonEmpty($0.display.date($0.order.focDate)) },
        "completed": { .nonEmpty($0.display.date($0.order.completedAt)) },
        "href": { .optional($0.index.orderHref($0.order.id, from: $0.page)) },
    ])
}
