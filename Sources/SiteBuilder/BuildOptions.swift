import Dashboard
import PortingModel
import Publisher

/// What to build, from where, to where.
public struct BuildOptions: Sendable {
    public var database: String
    public var output: String
    /// A theme name (under `themes/`) or a path to a theme folder.
    public var theme: String
    public var config: SiteConfig
    /// Fail (exit 65) and keep the last site when any row is in error.
    public var strict = false
    /// Wait for a running build instead of exiting 75.
    public var wait = false
    /// Seconds to wait for a porting system's write lock on the database before exiting 75.
    public var busyTimeout: Double = 5
    /// The disk, through the publisher's seam (tests inject faults here).
    public var fileSystem: any FileSystem = LocalFileSystem()
    /// On a first build, record the orders only once every one is applied, as when SQLite's
    /// digests of them come last (tests use it: the site must not depend on when they come).
    public var orderDigestsLast = false
    /// Learn what changed from the database's change journal, when it has one (`ChangeJournal`);
    /// false compares SQLite's digests of every row instead.
    public var readsJournal = true
    /// Free the build's memory when it is done. A command that exits right after one build sets it
    /// false: freeing a large site's hundreds of thousands of small objects took a tenth of a
    /// second, and the exit returns the memory at once (`LeftToExit`).
    public var freesMemory = true

    public init(database: String, output: String, theme: String, config: SiteConfig) {
        self.database = database
        self.output = output
        self.theme = theme
        self.config = config
    }
}

/// What a build did.
public struct BuildResult: Sendable {
    public var pagesRendered = 0
    public var filesWritten = 0
    public var filesUnchanged = 0
    public var filesRemoved = 0
    public var written: [String] = []
    public var removed: [String] = []
    public var orders = 0
    public var errors = 0
    public var warnings = 0
    public var seconds = 0.0
    public var swapped = false
    /// The stages kept whole from the last build (see `PublishReport.stagesKept`).
    public var stagesKept: [String] = []
    /// Every row-level problem found (empty when the inputs were unchanged since the last build).
    public var findings: [Finding] = []
    /// Whether the orders that changed were found from the database's change journal.
    public var journalRead = false
    /// How many of the search's text shards were made from their orders' rows, when a rebuild kept
    /// the others (`TextShardFilter`); nil when all were.
    public var textShardsMade: Int?
    /// Whether swift-mustache checked the theme's syntax: false when the published site was built
    /// from the same theme bytes, which passed it then (`ThemeCheck`).
    public var themeSyntaxChecked = false
}
