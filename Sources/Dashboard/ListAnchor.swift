/// Where a list's fixed-size pages are counted from, which decides what a change to the list
/// rewrites: the pages after a row that comes or goes move by one row.
public enum ListAnchor: Sendable {
    /// From the first row shown (`Pager`): `index.html`, `page-2.html`, ...; rows added at the
    /// end, as an oldest-first list gets them, change its last page.
    case first
    /// From the last row shown (`AnchoredPager`): `older-1.html` holds the last rows, `index.html`
    /// the first; rows added at the top, as a newest-first list gets them, change `index.html`.
    case last
}
