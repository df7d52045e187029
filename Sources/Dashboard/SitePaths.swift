/// Where each page lives in the output, and relative links between them.
public enum SitePaths {
    public static let index = "index.html"
    public static let problems = "problems/index.html"
    public static let tempNumbers = "temp-numbers/index.html"

    /// The folder of the order pages (`orders/<slug>.html`, each order's feed beside it) and of
    /// the list of every order (`orders/index.html`, `page-2.html`, ...): flat, not a folder per
    /// order, so a site of 20,000 orders is 20,000 folders fewer to make, copy and look at.
    public static let orders = "orders"
    /// The folder of the printable LOA pages (`loa/<slug>.html`).
    public static let loas = "loa"
    public static func order(_ slug: String) -> String { "\(orders)/\(slug).html" }
    public static func loa(_ slug: String) -> String { "\(loas)/\(slug).html" }
    public static func orderFeed(_ slug: String) -> String { "\(orders)/\(slug).xml" }

    /// Inventory page `n` (1-based): the first is `inventory/index.html`.
    public static func inventory(page: Int) -> String {
        page == 1 ? "inventory/index.html" : "inventory/page-\(page).html"
    }

    /// The relative prefix from a page back to the site root (`../` for `orders/x.html`).
    /// The last part of a path: a link to a page in the same folder.
    public static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    public static func root(of path: String) -> String {
        String(repeating: "../", count: path.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 })
    }
}
