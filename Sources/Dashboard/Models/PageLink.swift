/// A numbered page in a list's page links.
public struct PageLink: Sendable, TemplateModel {
    public let number: Int
    public let href: String
    public let current: Bool

    public static let templateFields = TemplateFields<PageLink>([
        "n": { .number($0.number) },
        "href": { .text($0.href) },
        "current": { .flag($0.current) },
    ])
}
