/// Where each page lives in the output, and relative links between them.
public enum SitePaths {
    public static let index = "index.html"
    public static let problems = "problems/index.html"
    public static let tempNumbers = "temp-numbers/index.html"

    /// The folder holding a folder per order.
    public static let orders = "orders"
    public static func order(_ slug: String) -> String { "\(orders)/\(slug)/index.html" }
    public static func loa(_ slug: String) -> String { "\(orders)/\(slug)/loa.html" }

    /// Inventory page `n` (1-based): the first is `inventory/index.html`.
    public static func inventory(page: Int) -> String {
        page == 1 ? "inventory/index.html" : "inventory/page-\(page).html"
    }

    /// The relative prefix from a page back to the site root (`../../` for `orders/x/index.html`).
    /// The last part of a path: a link to a page in the same folder.
    public static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    public static func root(of path: String) -> String {
        String(repeating: "../", count: path.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 })
    }
}
