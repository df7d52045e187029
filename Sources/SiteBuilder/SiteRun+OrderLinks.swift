import Dashboard
import PortingModel

extension SiteRun {
    /// What the pages made from `table` (the inventory, the temporary numbers) show of the orders
    /// table besides the ids their rows hold: which of those orders exist, so link to their pages.
    /// A digest of those ids, a stage input in place of every order id: an order added or deleted
    /// that no row of `table` names leaves the stage's pages as they were. Kept from the last build
    /// while `table` is unchanged and no order the journal names came or went
    /// (`ordersComeOrGone`), or none of the few that did is one its rows name (the new order that
    /// no inventory number names yet); otherwise read: the distinct ids the table names (a scan of
    /// its rows, 0.1-0.2 s for a million inventory numbers). `missing`: the id a row without one
    /// reads as.
    mutating func orderLinks(_ table: String, missing: String?) throws -> String {
        let key = table + ":order-links"
        if let kept = digests[key], let moved = ordersComeOrGone {
            if moved.isEmpty { return kept }
            // Rows without an order id read as `missing`: an order of that id is theirs.
            let few = moved.count <= 8 && missing.map { !moved.contains($0) } ?? true
            if few, try !snapshot.namesAny(of: moved, in: table) { return kept }
        }
        var linked = Set<String>()
        for id in try snapshot.linkedOrderIds(in: table) {
            if let id = id ?? missing, index.hasPages(id) { linked.insert(id) }
        }
        var hasher = Fingerprinter()
        hasher.add(Int64(linked.count))
        for id in linked.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) { hasher.add(id) }
        digests[key] = hasher.hex
        return hasher.hex
    }

    /// The orders the journal names that exist now and had no facts in the last build, or had
    /// facts and exist no more: those whose pages came or went.
    static func comeOrGone(named: Set<String>, kept: [String: OrderFacts], index: SiteIndex) -> Set<String> {
        named.filter { (kept[$0] != nil) != index.hasPages($0) }
    }
}
