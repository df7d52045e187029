/// What an order's page shows besides its summary line (`OrderSummaryRow`, rendered beneath it):
/// its numbers, rejections, timeline, history, temporary numbers, signature and related orders.
public struct OrderPageModel: Sendable, TemplateModel {
    public struct Rejection: Sendable, TemplateModel {
        let code: String, reason: String, count: Int
        public static let templateFields = TemplateFields<Rejection>([
            "code": { .text($0.code) }, "reason": { .text($0.reason) }, "count": { .number($0.count) },
        ])
    }

    public struct Step: Sendable, TemplateModel {
        let label: String, date: String, done: Bool
        public static let templateFields = TemplateFields<Step>([
            "label": { .text($0.label) }, "date": { .text($0.date) }, "done": { .flag($0.done) },
        ])
    }

    public struct Event: Sendable, TemplateModel {
        let at: String, actor: String, note: String, number: String, from: StatusBadge?, to: StatusBadge?
        public static let templateFields = TemplateFields<Event>([
            "at": { .text($0.at) }, "actor": { .text($0.actor) }, "note": { .text($0.note) }, "number": { .text($0.number) },
            "from": { .optionalModel($0.from) }, "to": { .optionalModel($0.to) },
        ])
    }

    public struct Temp: Sendable, TemplateModel {
        let temp: String, ported: String, state: StatusBadge, assigned: String, swapped: String
        public static let templateFields = TemplateFields<Temp>([
            "temp": { .text($0.temp) }, "ported": { .text($0.ported) }, "state": { .model($0.state) },
            "assigned": { .text($0.assigned) }, "swapped": { .text($0.swapped) },
        ])
    }

    public struct Signature: Sendable, TemplateModel {
        let name: String, title: String, email: String, acceptedAt: String, version: String?
        public static let templateFields = TemplateFields<Signature>([
            "name": { .text($0.name) }, "title": { .text($0.title) }, "email": { .text($0.email) },
            "acceptedAt": { .text($0.acceptedAt) }, "version": { .text($0.version ?? "") },
        ])
    }

    struct Email: Sendable, TemplateModel {
        let email: String
        static let templateFields = TemplateFields<Email>(["email": { .text($0.email) }])
    }

    public let summary: OrderSummaryRow
    let numberRows: RowSet
    let rejections: [Rejection]
    let timeline: [Step]
    let history: [Event]
    let notifications: [String]
    let temps: [Temp]
    let accountMasked: String, btn: String, assignTemp: Bool, requestedPortDate: String
    let address: [String]
    let carrierSpid: String
    let signature: Signature?
    let restartedFrom: OrderLink?
    let restartedBy: [OrderLink]
    /// The order's LOA page, from this page.
    let loaHref: String
    let feedHref: String?

    public static let templateFields = TemplateFields<OrderPageModel>([
        "numberCount": { .number($0.summary.bundle.numbers.count) },
        "numberRows": { .rows($0.numberRows) },
        "rejections": { .models($0.rejections) },
        "timeline": { .models($0.timeline) },
        "historyTable": { .optionalModel(RowTable.nonEmpty($0.history)) },
        "notifications": { .models($0.notifications.map(Email.init)) },
        "tempTable": { .optionalModel(RowTable.nonEmpty($0.temps)) },
        "accountMasked": { .nonEmpty($0.accountMasked) },
        "btn": { .nonEmpty($0.btn) },
        "assignTemp": { .flag($0.assignTemp) },
        "requestedPortDate": { .nonEmpty($0.requestedPortDate) },
        "address": { .list($0.address.map { .text($0) }) },
        "carrierSpid": { .nonEmpty($0.carrierSpid) },
        "loaHref": { .text($0.loaHref) },
        "signature": { .optionalModel($0.signature) },
        "restartedFrom": { .optionalModel($0.restartedFrom) },
        "restartedBy": { $0.restartedBy.isEmpty ? .absent : .models($0.restartedBy) },
        "feedHref": { .optional($0.feedHref) },
    ])
}
