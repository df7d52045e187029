/// The previous site kept in the staging folder (see `Publisher`), and how its files differ from
/// the published ones, found on another core while the build runs: a rebuild that publishes the
/// same paths as the last one brings staging up to date from these differences, instead of
/// comparing each of tens of thousands of paths with its own.
struct KeptStaging: Sendable {
    let manifest: Manifest
    /// The published files staging does not hold.
    let onlyPublished: Set<String>
    /// The files staging holds that are not published.
    let onlyKept: Set<String>

    init(manifest: Manifest, published: Set<String>) {
        self.manifest = manifest
        onlyPublished = published.subtracting(manifest.files)
        onlyKept = manifest.files.subtracting(published)
    }

    /// `init(manifest:published:)` given both lists of files sorted (strictly ascending), as the
    /// manifests' lines are when portdash wrote them: one walk along both, with no hashing of the
    /// paths they share (all but a few: 47,000 at 20,000 orders).
    init(manifest: Manifest, sorted kept: [String], publishedSorted published: [String]) {
        self.manifest = manifest
        (onlyKept, onlyPublished) = Self.difference(kept, published)
    }

    /// The elements of each of two strictly ascending lists that the other lacks.
    static func difference(_ a: [String], _ b: [String]) -> (onlyA: Set<String>, onlyB: Set<String>) {
        var onlyA = Set<String>(), onlyB = Set<String>()
        var i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                i += 1
                j += 1
            } else if a[i] < b[j] {
                onlyA.insert(a[i])
                i += 1
            } else {
                onlyB.insert(b[j])
                j += 1
            }
        }
        onlyA.formUnion(a[i...])
        onlyB.formUnion(b[j...])
        return (onlyA, onlyB)
    }
}
