/// Fixed-size pages of a list shown newest first, counted from its oldest row, so that rows added
/// at the top change the newest page only: `<folder>/older-1.html` holds the oldest `pageSize`
/// rows, `older-2.html` the next ones, and `index.html` the newest `pageSize` to `2 × pageSize - 1`.
/// A page is added, and the one before it relinked, once every `pageSize` rows.
public struct AnchoredPager: Sendable {
    public let folder: String
    public let rows: Int
    public let pageSize: Int

    public init(folder: String, rows: Int, pageSize: Int) {
        self.folder = folder
        self.rows = rows
        self.pageSize = pageSize
    }

    /// How many pages; page `pageCount` is the newest (`index.html`).
    public var pageCount: Int { max(1, rows / pageSize) }

    /// Page `chunk`, 1 being the oldest.
    public func path(_ chunk: Int) -> String { chunk == pageCount ? "\(folder)/index.html" : "\(folder)/older-\(chunk).html" }

    /// The positions of page `chunk`'s rows, counted from the oldest row.
    public func range(_ chunk: Int) -> Range<Int> {
        (chunk - 1) * pageSize..<(chunk == pageCount ? rows : chunk * pageSize)
    }

    /// The links of page `chunk`, relative to its folder.
    public func links(_ chunk: Int) -> NewerOlderLinks {
        func name(_ chunk: Int) -> String { SitePaths.fileName(path(chunk)) }
        let newest = chunk == pageCount
        return NewerOlderLinks(
            newest: newest ? nil : "index.html", newer: newest ? nil : name(chunk + 1), older: chunk == 1 ? nil : name(chunk - 1),
            oldest: chunk <= 2 ? nil : name(1))
    }
}
