import PortingModel
import Publisher
import Theme

/// swift-mustache's syntax check of the theme, done once per theme: a build records in the manifest
/// the bytes it checked, and the next build from the same bytes, under the same portdash, skips it
/// (it cost more instructions than a one-order change's pages). The compiler's checks run on every
/// build, and any failure reports what a full check reports.
enum ThemeCheck {
    /// The manifest stage that vouches for the theme; it keeps no files.
    static let stage = "theme-syntax"

    /// The compiled theme, checked by swift-mustache unless the published site vouches for its
    /// bytes (then `checked` is false); records them for the next build.
    static func finish(
        _ load: Eventually<Result<Theme, ThemeError>>, files: Theme.Files, publisher: Publisher
    ) throws(ThemeError) -> (theme: Theme, checked: Bool) {
        let digest = Theme.syntaxCheckDigest(files, version: BuildInputs.version)
        let vouched = publisher.recordedStage(stage, digest: digest) != nil
        let theme = vouched ? try load.value.get() : try Theme.checkingSyntax(of: load, files: files)
        publisher.record(stage, digest: digest, notes: [])
        return (theme, !vouched)
    }
}
