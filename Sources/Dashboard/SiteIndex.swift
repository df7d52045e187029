import PortingModel

/// What pages need to know about all orders before any is rendered: page names and restart links.
public struct SiteIndex: Sendable {
    public let slugs: [String: String]
    /// Orders restarted by each order id.
    public let restartedBy: [String: [String]]
    public let carriers: [Int64: Carrier]
    public let users: [Int64: User]

    public init(links: [(id: String, restartedFrom: String?)], carriers: [Int64: Carrier], users: [Int64: User]) {
        var slugs: [String: String] = [:]
        var children: [String: [String]] = [:]
        for link in links {
            slugs[link.id] = OrderSlug.make(link.id)
            if let parent = link.restartedFrom { children[parent, default: []].append(link.id) }
        }
        self.slugs = slugs
        self.restartedBy = children
        self.carriers = carriers
        self.users = users
    }

    /// The name of an order's pages (`orders/<slug>.html`): the one place order ids become paths.
    public func slug(_ id: String) -> String { slugs[id] ?? OrderSlug.make(id) }

    /// An order's page and LOA, from the site root.
    public func orderPath(_ id: String) -> String { SitePaths.order(slug(id)) }
    public func loaPath(_ id: String) -> String { SitePaths.loa(slug(id)) }
    public func feedPath(_ id: String) -> String { SitePaths.orderFeed(slug(id)) }

    /// The relative link from `page` to an order's page, or nil when the order does not exist.
    public func orderHref(_ id: String?, from page: String) -> String? {
        guard let id, let slug = slugs[id] else { return nil }
        return SitePaths.root(of: page) + SitePaths.order(slug)
    }

    /// Whether an order has pages: what `orderHref` depends on besides the id and the page it is
    /// on, for fingerprints (which then need not build the link).
    public func hasPages(_ id: String?) -> Bool { id.map { slugs[$0] != nil } ?? false }

    /// A link to an order (without an address when the order does not exist).
    public func orderLink(_ id: String, from page: String) -> OrderLink {
        OrderLink(id: id, href: orderHref(id, from: page))
    }

    public func carrierName(_ id: Int64?) -> String {
        guard let id else { return "" }
        return carriers[id]?.name ?? "Unknown carrier \(id)"
    }

    public func userName(_ id: Int64?) -> String? {
        guard let id else { return nil }
        return users[id]?.name ?? "Unknown user \(id)"
    }
}
