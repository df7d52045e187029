/// Restart lineage: which order restarted which, and loops in it.
public enum RestartChains {
    /// A finding for each restart chain that loops back on itself, reported once at its smallest id.
    public static func loops(_ links: [(id: String, restartedFrom: String?)]) -> [Finding] {
        var parent: [String: String] = [:]
        for link in links { if let from = link.restartedFrom { parent[link.id] = from } }
        var reported = Set<String>()
        var out: [Finding] = []
        // A loop passes only through orders restarted from another: most orders start none.
        for link in links where link.restartedFrom != nil && !reported.contains(link.id) {
            let start = link.id
            var seen: [String] = []
            var seenSet = Set<String>()
            var current: String? = start
            while let id = current, !seenSet.contains(id) {
                seen.append(id)
                seenSet.insert(id)
                current = parent[id]
            }
            guard let repeated = current, let index = seen.firstIndex(of: repeated) else { continue }
            let cycle = Array(seen[index...])
            if cycle.contains(where: reported.contains) { continue }
            reported.formUnion(cycle)
            let first = cycle.min()!
            let rotated = Array(cycle.drop { $0 != first } + cycle.prefix { $0 != first })
            out.append(
                Finding(
                    .error, table: "orders", key: first, column: "restarted_from",
                    "restart chain loops: \((rotated + [first]).joined(separator: " -> "))"))
        }
        return out
    }
}
