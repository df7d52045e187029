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
}
