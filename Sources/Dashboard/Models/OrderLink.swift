/// A link to an order: its id, and its page's address when the order exists.
public struct OrderLink: Sendable, TemplateModel {
    public let id: String
    public let href: String?

    public static let templateFields = TemplateFields<OrderLink>([
        "id": { .text($0.id) },
        "href": { .optional($0.href) },
    ])
}
