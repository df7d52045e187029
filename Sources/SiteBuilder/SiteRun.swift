import Dashboard
import OrderStore
import PortingModel
import Publisher
import Theme

/// One build's pass over a database snapshot, rendering and publishing as it streams.
struct SiteRun {
    let snapshot: Snapshot
    let options: BuildOptions
    let theme: Theme
    let publisher: Publisher
    let index: SiteIndex
    let display: Display
    let layout: Layout
    var checks: RowChecks
    var pagesRendered = 0
    var orders = 0
    /// What every page depends on besides its own data: portdash, theme and config.
    let base: Fingerprinter
    var orderParts = OrderParts(base: Fingerprinter())
    var orderExportsDone = false
    var scorecards: Scorecards
    var views: OrderViews
    var siteSearch: SiteSearch
    var changes: ChangesLog
    /// The site's feeds, when `baseURL` is set.
    var feeds: FeedBuilder?
    var aging: Aging
    /// The number shards of the search to read again, when the orders pass could tell (see `OrderReuse`).
    var searchChanges: Set<String>?
    /// The search's text shards made again, when a rebuild keeps the others (`TextShardFilter`).
    var textFilter: TextShardFilter?
    /// How many text shards a rebuild with `textFilter` made (`BuildResult.textShardsMade`).
    var textShardsMade: Int?
    /// SQLite's digest of what the rules over the order numbers read, from the orders pass.
    var numberRulesDigest: UInt64?
    /// The stages' digests being computed on a second connection, until first asked for.
    var prefetch: Prefetch<[String]>?
    /// Every order's digests being computed on a second connection, until the orders pass asks.
    var orderDigestsPrefetch: Prefetch<OrderDigests>?
    /// The rules over the order numbers being checked on a second connection (nil inside: not needed).
    var numberFindingsPrefetch: Prefetch<[Finding]?>?
    /// The rows of the other child tables whose order does not exist, read on the second
    /// connection while the orders pass runs.
    var otherOrphansPrefetch: Prefetch<[OrphanRow]>?
    /// This build's rows of the other child tables whose order does not exist, for the journal's
    /// record (`JournalRecord.orphans`).
    var otherOrphans: [OrphanRow] = []
    /// The orders (without their numbers) being read on a second connection, on a rebuild that
    /// knows from the change journal which orders changed: the orders pass then works through them
    /// while the rest are read, instead of reading them itself.
    var orderStream: OrderStream?
    /// Where list pages go to be made and written on every core, while set.
    var listPages: BackgroundPages?
    /// Table digests computed so far (`digest(_:columns:)`), or kept from the last build for the
    /// tables the change journal shows unchanged.
    var digests: [String: String] = [:]
    /// The digests the second connection computes (`prefetch`), in order.
    var prefetchedRequests: [DigestRequest] = []
    /// The database's change journal now, when it has one and the build may read it (`ChangeJournal`).
    var journalPosition: ChangeJournal.Position?
    /// What the journal says changed since the last build, with what that build recorded, when both
    /// can be trusted: then the orders' digests come from the kept facts and the journal
    /// (`JournalRecord.orderDigests`), not from a scan of every row.
    var journal: (record: JournalRecord, changes: ChangeJournal.Changes)?
    /// The shares of the number rules' digest of ids whose rows have no order (see `OrderDigests`).
    var orphanRules: [String: UInt64] = [:]
    /// Whether the orders' digests came from the journal.
    var journalUsed = false
    /// With the journal, the orders it names that came or went since the last build (nil: not
    /// known); see `orderLinks`.
    var ordersComeOrGone: Set<String>?
    /// The orders holding the latest activity in the data, when the "as of" came from it.
    var latestHeld: LatestHolders?
    /// The last build's order facts being split and parsed on another core, from the start of the
    /// run until the orders pass takes them (`keptFacts`).
    var factsParse: Eventually<(notes: [String], facts: [String: OrderFacts]?)>?
    /// Called with (orders done, orders in all) as the build goes.
    var progress: (Int, Int) -> Void = { _, _ in }

    init(snapshot: Snapshot, options: BuildOptions, theme: Theme, publisher: Publisher) throws {
        self.snapshot = snapshot
        self.options = options
        self.theme = theme
        self.publisher = publisher
        var base = Fingerprinter()
        base.add(BuildInputs.version)
        base.add(theme.fingerprint)
        base.add(BuildInputs.pageSettings(options.config))
        self.base = base
        factsParse = Self.keptFacts(publisher, base: base).map { stage in
            Eventually {
                let notes = stage.notes
                return (notes: notes, facts: OrderFacts.parse(notes))
            }
        }
        let start = try Self.readJournal(snapshot, options: options, publisher: publisher, base: base)
        (journalPosition, journal, digests) = start
        // The digests come first: a rebuild waits for the orders' digests before its orders pass, so
        // they are started before the queries below rather than after. With the journal, only the
        // tables it shows changed are digested, and the orders not at all.
        if start.journal == nil { orderDigestsPrefetch = try snapshot.prefetch("order-digests") { try $0.orderDigests() } }
        let requests = Self.prefetched.filter { start.digests[Self.digestKey($0.table, $0.columns)] == nil }
        prefetchedRequests = requests
        if !requests.isEmpty { prefetch = try snapshot.prefetchDigests(requests) }
        if start.journal != nil, factsParse != nil { orderStream = try snapshot.streamOrders() }
        let links = try snapshot.restartLinks()
        index = SiteIndex(links: links, carriers: try snapshot.carriers(), users: try snapshot.users())
        checks = RowChecks(carriers: index.carriers, users: index.users, links: links)
        var asOfText = options.config.asOf
        if asOfText == nil { (asOfText, latestHeld) = try Self.latestActivity(snapshot, journal: start.journal) }
        display = Display(
            asOf: Timestamp.seconds(asOfText) ?? 0, timeZone: options.config.timeZone, redact: options.config.redact,
            calendar: options.config.calendar)
        layout = Layout(
            title: options.config.title, provider: options.config.provider, asOf: display.asOfText,
            asOfISO: Timestamp.isoDateTime(seconds: display.asOf))
        scorecards = Scorecards(index: index, display: display)
        aging = Aging(index: index, display: display)
        views = OrderViews(index: index, display: display)
        siteSearch = SiteSearch(index: index, display: display)
        changes = ChangesLog(index: index, display: display)
        if let baseURL = options.config.baseURL { feeds = FeedBuilder(index: index, display: display, baseURL: baseURL) }
        orderParts = OrderParts(base: base)
    }
    mutating func page(_ template: String, _ model: any TemplateModel, path: String, section: String?) throws {
        let html = theme.render(template, layout.stack(path: path, section: section, model))
        try publisher.write(path, text: html)
        pagesRendered += 1
    }
    mutating func renderAll() throws {
        var summary = Summary(index: index, display: display)
        try prefetchNumberFindings()
        let orphanIds = orphanIdsToRead
        otherOrphansPrefetch = try snapshot.prefetch("other-orphans") { try $0.otherOrphanRows(ids: orphanIds) }
        try StageClock.measure("orders") { try renderOrders(into: &summary) }
        // The order lists' and the changes log's pages, each with the fingerprint of what it shows,
        // are made on other cores while the stages between run on this one.
        let (lists, log, index) = (views.lists, changes, index)
        let listPagesAhead = Eventually { lists.map { $0.pages(index: index) } }
        let changesPagesAhead = Eventually { log.pages() }
        try StageClock.measure("order exports") { try renderOrderExports() }
        try StageClock.measure("cross-table checks") { try renderCrossTableChecks() }
        try StageClock.measure("search") { try renderSearch() }
        try StageClock.measure("temp numbers") { try renderTempNumbers() }
        try StageClock.measure("inventory") { try renderInventory() }
        let background = try BackgroundPages(publisher: publisher, base: base)
        listPages = background
        try StageClock.measure("carriers") { try renderCarriers() }
        try StageClock.measure("aging") { try renderAging() }
        try StageClock.measure("lists") {
            for pages in listPagesAhead.value { try render(pages, section: SitePaths.index) }
            listPagesAhead.freeInBackground()
        }
        try StageClock.measure("changes") {
            for changesPage in changesPagesAhead.value { try render(changesPage, template: "changes", section: ChangesLog.page) }
            changesPagesAhead.freeInBackground()
            try background.finish()
        }
        listPages = nil
        if let feeds {
            try publisher.write(FeedBuilder.changesPath, text: feeds.changesFeed())
            try publisher.write(FeedBuilder.needsActionPath, text: feeds.needsActionFeed())
        }
        var home = summary.page(views: views)
        home.aging = aging.headline(from: SitePaths.index)
        home.carriersHref = Scorecards.page
        home.changesHref = ChangesLog.page
        if feeds != nil { home.feedHref = FeedBuilder.changesPath }
        let findings = checks.findings
        let errors = findings.filter { $0.severity == .error }.count
        if !findings.isEmpty { home.problems = SummaryPage.Problems(errors: errors, warnings: findings.count - errors, href: SitePaths.problems) }
        try page("index", home, path: SitePaths.index, section: SitePaths.index)
        try page("problems", ProblemsPage(findings), path: SitePaths.problems, section: SitePaths.problems)
        for asset in theme.assets {
            try publisher.write("assets/\(asset.path)", asset.bytes)
        }
        recordJournal()
    }
}
