/// A status with how many orders or numbers have it, and where they are listed.
public struct StatusCount: Sendable, TemplateModel {
    public let status: StatusBadge
    public let count: Int
    public let href: String?

    public static let templateFields = TemplateFields<StatusCount>([
        "status": { .model($0.status) },
        "count": { .number($0.count) },
        "href": { .optional($0.href) },
    ])
}
