/// What `index.html` shows: counts by status, the lists that need action, the latest activity and
/// results, charts, the aging counts and the data problems' headline.
public struct SummaryPage: Sendable, TemplateModel {
    public struct ActionRow: Sendable, TemplateModel {
        let order: OrderLink, customer: String, days: Int, detail: String, status: StatusBadge
        public static let templateFields = TemplateFields<ActionRow>([
            "order": { .model($0.order) }, "customer": { .text($0.customer) }, "days": { .number($0.days) },
            "detail": { .text($0.detail) }, "status": { .model($0.status) },
        ])
    }

    public struct ActivityRow: Sendable, TemplateModel {
        let at: String, order: OrderLink, note: String, from: StatusBadge?, to: StatusBadge?
        public static let templateFields = TemplateFields<ActivityRow>([
            "at": { .text($0.at) }, "order": { .model($0.order) }, "note": { .text($0.note) },
            "from": { .optionalModel($0.from) }, "to": { .optionalModel($0.to) },
        ])
    }

    public struct ResultRow: Sendable, TemplateModel {
        let order: OrderLink, status: StatusBadge, customer: String, detail: String, restartedBy: [OrderLink]
        public static let templateFields = TemplateFields<ResultRow>([
            "order": { .model($0.order) }, "status": { .model($0.status) }, "customer": { .text($0.customer) },
            // Empty when there is no reason, so the template's "—" shows.
            "detail": { .nonEmpty($0.detail) },
            "restartedBy": { $0.restartedBy.isEmpty ? .absent : .models($0.restartedBy) },
        ])
    }

    public struct Links: Sendable, TemplateModel {
        let orders: String, open: String, focCalendar: String, results: String, exceptions: String, awaiting: String
        public static let templateFields = TemplateFields<Links>([
            "orders": { .text($0.orders) }, "open": { .text($0.open) }, "focCalendar": { .text($0.focCalendar) },
            "results": { .text($0.results) }, "exceptions": { .text($0.exceptions) }, "awaiting": { .text($0.awaiting) },
        ])
    }

    /// The data problems' headline: how many errors and warnings, and where they are listed.
    public struct Problems: Sendable, TemplateModel {
        let errors: Int, warnings: Int, href: String
        public init(errors: Int, warnings: Int, href: String) {
            self.errors = errors
            self.warnings = warnings
            self.href = href
        }
        public static let templateFields = TemplateFields<Problems>([
            "errors": { .number($0.errors) }, "warnings": { .number($0.warnings) }, "href": { .text($0.href) },
        ])
    }

    let totalOrders: Int, totalNumbers: Int, openOrders: Int
    let ordersByStatus: [StatusCount], numbersByStatus: [StatusCount]
    let exceptions: RowTable?, exceptionCount: Int
    let awaitingSignature: RowTable?, awaitingCount: Int
    let focSoon: RowTable?, focSoonCount: Int
    let oldestPending: RowTable?
    let recent: [ActivityRow]
    let results: RowTable?, resultCount: Int, orderCount: Int
    let links: Links
    let charts: [ChartModel]
    /// Set by the builder: the aging counts, the other sections' pages, the feed, the problems.
    public var aging: AgingCounts?
    public var carriersHref = ""
    public var changesHref = ""
    public var feedHref: String?
    public var problems: Problems?

    public static let templateFields = TemplateFields<SummaryPage>([
        "totalOrders": { .number($0.totalOrders) },
        "totalNumbers": { .number($0.totalNumbers) },
        "openOrders": { .number($0.openOrders) },
        "ordersByStatus": { .models($0.ordersByStatus) },
        "numbersByStatus": { .models($0.numbersByStatus) },
        "exceptions": { .optionalModel($0.exceptions) },
        "exceptionCount": { .number($0.exceptionCount) },
        "awaitingSignature": { .optionalModel($0.awaitingSignature) },
        "awaitingCount": { .number($0.awaitingCount) },
        "focSoon": { .optionalModel($0.focSoon) },
        "focSoonCount": { .number($0.focSoonCount) },
        "oldestPending": { .optionalModel($0.oldestPending) },
        "recent": { .models($0.recent) },
        "results": { .optionalModel($0.results) },
        "resultCount": { .number($0.resultCount) },
        "orderCount": { .number($0.orderCount) },
        "links": { .model($0.links) },
        "listLimit": { _ in .number(Summary.listLimit) },
        "charts": { .models($0.charts) },
        "aging": { .optionalModel($0.aging) },
        "carriersHref": { .nonEmpty($0.carriersHref) },
        "changesHref": { .nonEmpty($0.changesHref) },
        "feedHref": { .optional($0.feedHref) },
        "problems": { .optionalModel($0.problems) },
    ])
}
