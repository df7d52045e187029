/// A link with a label: the way back to a list's parent page, a navigation item.
public struct LabelledLink: Sendable, TemplateModel {
    public let label: String
    public let href: String
    public let current: Bool

    public init(label: String, href: String, current: Bool = false) {
        self.label = label
        self.href = href
        self.current = current
    }

    public static let templateFields = TemplateFields<LabelledLink>([
        "label": { .text($0.label) },
        "href": { .text($0.href) },
        "current": { .flag($0.current) },
    ])
}
