import Dashboard
import OrderStore
import PortingModel
import Publisher

/// The site-wide search's shards.
extension SiteRun {
    /// The number shards, streamed in number order, then the text shards of the orders seen.
    mutating func renderSearch() throws {
        var search = siteSearch
        try snapshot.forEachSearchNumber { item in
            if let shard = search.add(item) { try publishShard(shard.path, fingerprint: shard.fingerprint, text: shard.text) }
        }
        for shard in search.finish() { try publishShard(shard.path, fingerprint: shard.fingerprint, text: shard.text) }
    }

    /// Writes a shard script, or keeps the published one when what it lists has not changed.
    func publishShard(_ path: String, fingerprint: String, text: () -> String) throws {
        var hasher = base
        hasher.add(fingerprint)
        if publisher.canKeep(path, fingerprint: hasher.hex) {
            _ = publisher.keep(path, fingerprint: hasher.hex)
        } else {
            try publisher.write(path, text: text(), fingerprint: hasher.hex)
        }
    }
}
