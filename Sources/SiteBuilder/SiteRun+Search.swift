import Dashboard
import OrderStore
import PortingModel
import Publisher

/// The site-wide search's shards.
extension SiteRun {
    /// The number shards, then the text shards of the orders seen. On a rebuild that knows which
    /// number shards the changed orders touch (`searchChanges`), only those are read again.
    mutating func renderSearch() throws {
        let shards = try BackgroundPages(publisher: publisher, base: base, folders: [SiteSearch.folder])
        var search = siteSearch
        if let changed = searchChanges {
            try renderNumberShards(changed, search: search, shards: shards)
        } else {
            try snapshot.forEachSearchNumber { item in
                if let shard = search.add(item) { try shards.add(shard) }
            }
        }
        let made = searchChanges == nil ? search.finish() : search.textShards()
        for shard in made { try shards.add(shard) }
        if searchChanges != nil, let textFilter {
            textFilter.keepOthers(publisher)
            textShardsMade = made.count
        }
        try shards.finish()
    }

    /// Keeps every published number shard whose key is not in `changed`, and reads and publishes
    /// the shards of the keys that are (and of any kept shard that has gone from the disk).
    func renderNumberShards(_ changed: Set<String>, search: SiteSearch, shards: BackgroundPages) throws {
        var keys = changed
        let previous = publisher.publishedManifest ?? Manifest()
        let prefix = SiteSearch.folder + "/n-"
        for path in previous.files where path.hasPrefix(prefix) && path.hasSuffix(".js") {
            let key = String(path.dropFirst(SiteSearch.folder.count + 1).dropLast(3))
            if keys.contains(key) { continue }
            if !publisher.keep(path, fingerprint: previous.fingerprints[path]) { keys.insert(key) }
        }
        for key in keys.sorted() {
            var items: [SearchNumber] = []
            if key == SiteSearch.otherKey {
                try snapshot.forEachSearchNumber { if SiteSearch.numberKey($0.number) == nil { items.append($0) } }
            } else {
                let from = "+" + key.dropFirst(2)
                var upper = Array(from.utf8)
                upper[upper.count - 1] += 1
                try snapshot.forEachSearchNumber(from: from, to: String(decoding: upper, as: UTF8.self)) {
                    if SiteSearch.numberKey($0.number) == key { items.append($0) }
                }
            }
            if let shard = search.numberShard(key, items: items) { try shards.add(shard) }
        }
    }
}
