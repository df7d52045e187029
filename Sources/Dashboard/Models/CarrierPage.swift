/// What a carrier's own page shows: its figures, 12 months, its rejection codes and oldest open orders.
public struct CarrierPage: Sendable, TemplateModel {
    public struct Month: Sendable, TemplateModel {
        let month: String, submitted: Int, completed: Int, rejected: Int, median: String
        public static let templateFields = TemplateFields<Month>([
            "month": { .text($0.month) }, "submitted": { .number($0.submitted) }, "completed": { .number($0.completed) },
            "rejected": { .number($0.rejected) }, "median": { .text($0.median) },
        ])
    }

    public struct Reason: Sendable, TemplateModel {
        let code: String, text: String, count: Int, href: String
        public static let templateFields = TemplateFields<Reason>([
            "code": { .text($0.code) }, "text": { .text($0.text) }, "count": { .number($0.count) }, "href": { .text($0.href) },
        ])
    }

    public struct OpenOrder: Sendable, TemplateModel {
        let order: OrderLink, customer: String, status: StatusBadge, date: String, days: Int?
        public static let templateFields = TemplateFields<OpenOrder>([
            "order": { .model($0.order) }, "customer": { .text($0.customer) }, "status": { .model($0.status) },
            "date": { .text($0.date) }, "days": { $0.days.map { .number($0) } ?? .absent },
        ])
    }

    let carrier: CarrierRow
    let months: [Month]
    let monthChart: String
    let openCount: Int, openHref: String, carriersHref: String
    let reasons: RowTable?, oldestOpen: RowTable?

    public static let templateFields = TemplateFields<CarrierPage>([
        "carrier": { .model($0.carrier) }, "months": { .models($0.months) }, "monthChart": { .text($0.monthChart) },
        "openCount": { .number($0.openCount) }, "openHref": { .text($0.openHref) }, "carriersHref": { .text($0.carriersHref) },
        "reasons": { .optionalModel($0.reasons) }, "oldestOpen": { .optionalModel($0.oldestOpen) },
    ])
}
