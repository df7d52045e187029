import Dashboard
import OrderStore
import PortingModel
import Publisher

/// Which of the search's text shards (order ids and names, `SiteSearch`) a rebuild makes again,
/// when the change journal names the orders that changed and the last build's facts give every
/// other order's text shard keys: those the named orders were in and are in now, and any published
/// one that cannot be kept. An order's row in a text shard depends only on its own order row and
/// the settings (which the kept facts are made under), so the other shards are kept as published,
/// and only the orders with a row in a shard made again are added to the search.
struct TextShardFilter {
    /// The keys of the text shards made again, and packed (`TextKey`).
    let keys: Set<String>
    let packed: Set<UInt32>
    let named: Set<String>
    let kept: [String: OrderFacts]
    /// The published text shards: key and path.
    let published: [(key: String, path: String)]

    init(named: Set<String>, kept: [String: OrderFacts], snapshot: Snapshot, display: Display, publisher: Publisher) throws {
        var keys = Set<String>()
        for id in named { keys.formUnion((kept[id]?.textKeys ?? []).map(TextKey.string)) }
        for order in try snapshot.orders(ids: named) { keys.formUnion(SiteSearch.textKeys(of: order, display: display)) }
        published = Self.published(publisher)
        for (key, path) in published {
            if !publisher.canKeep(path, fingerprint: publisher.publishedManifest?.fingerprints[path] ?? "") { keys.insert(key) }
        }
        self.keys = keys
        packed = Set(keys.compactMap(TextKey.pack))
        self.named = named
        self.kept = kept
    }

    /// Whether the order `id` has a row in a shard made again.
    func includes(_ id: String) -> Bool {
        if named.contains(id) { return true }
        guard let facts = kept[id] else { return true }
        return facts.textKeys.contains { $0 == TextKey.unknown || packed.contains($0) }
    }

    /// Keeps every published text shard that is not made again.
    func keepOthers(_ publisher: Publisher) {
        for (key, path) in published where !keys.contains(key) {
            _ = publisher.keep(path, fingerprint: publisher.publishedManifest?.fingerprints[path])
        }
    }

    /// The text shards `publisher`'s published manifest lists: key and path.
    static func published(_ publisher: Publisher) -> [(key: String, path: String)] {
        let prefix = SiteSearch.folder + "/t-"
        return (publisher.publishedManifest?.files ?? []).compactMap { path in
            guard path.hasPrefix(prefix), path.hasSuffix(".js") else { return nil }
            return (String(path.dropFirst(SiteSearch.folder.count + 1).dropLast(3)), path)
        }
    }
}
