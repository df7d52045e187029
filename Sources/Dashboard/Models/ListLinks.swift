/// The first, previous, next and last links of one page of an order list (`ListChunks`), each
/// absent where it would lead to this page or nowhere. Printed by the `pager` partial, which
/// numbers no pages here: a list's pages are not numbered, so that they keep their names.
public struct ListLinks: Sendable, TemplateModel {
    let first: String?, previous: String?, next: String?, last: String?
    var all: [String?] { [first, previous, next, last] }
    public static let templateFields = TemplateFields<ListLinks>([
        "firstHref": { .optional($0.first) }, "prevHref": { .optional($0.previous) }, "nextHref": { .optional($0.next) },
        "lastHref": { .optional($0.last) },
    ])
}
