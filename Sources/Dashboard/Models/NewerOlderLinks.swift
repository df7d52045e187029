/// Links to the newest, the next newer, the next older and the oldest page of a list whose pages
/// are counted from its oldest row (`AnchoredPager`), each absent where it would lead to this page
/// or nowhere. Printed by the `newer-older` partial.
public struct NewerOlderLinks: Sendable, TemplateModel {
    let newest: String?, newer: String?, older: String?, oldest: String?
    var isEmpty: Bool { newest == nil && newer == nil && older == nil && oldest == nil }
    var all: [String?] { [newest, newer, older, oldest] }
    public static let templateFields = TemplateFields<NewerOlderLinks>([
        "newestHref": { .optional($0.newest) }, "newerHref": { .optional($0.newer) }, "olderHref": { .optional($0.older) },
        "oldestHref": { .optional($0.oldest) },
    ])
}
