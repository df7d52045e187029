import OrderStore
import PortingModel
import Publisher

extension SiteRun {
    /// Reads the database's change journal, when it has one and `options` allow: its position now
    /// (recorded for the next build), and, when the last build's record can be trusted, what changed
    /// since, with the table digests the journal shows unchanged. The orders' digests come from the
    /// journal only while the last build's facts are kept (a change of theme, settings or portdash
    /// discards them), and while it names a few dozen orders or an eighth of them at most: digesting
    /// more one by one through the indexes costs more than the scan of every row on a second
    /// connection.
    static func readJournal(
        _ snapshot: Snapshot, options: BuildOptions, publisher: Publisher, base: Fingerprinter
    ) throws -> (
        position: ChangeJournal.Position?, journal: (record: JournalRecord, changes: ChangeJournal.Changes)?, digests: [String: String]
    ) {
        guard options.readsJournal, let now = try snapshot.journalPosition() else { return (nil, nil, [:]) }
        guard let stage = publisher.recordedStage(JournalRecord.stage, digest: JournalRecord.version),
            let record = JournalRecord(notes: stage.notes),
            let changes = try snapshot.journalChanges(since: record.position, now: now)
        else { return (now, nil, [:]) }
        let unchanged = record.tables.filter { key, _ in
            !changes.tables.contains(String(key.prefix { $0 != ":" }))
        }
        let few = try changes.orderIds.count <= 64 || changes.orderIds.count * 8 <= snapshot.count("orders")
        return (now, few && keptFacts(publisher, base: base) != nil ? (record, changes) : nil, unchanged)
    }

    /// Every order's digests as the journal and the kept facts give them, or nil when the journal
    /// is not read or they cannot (see `JournalRecord.orderDigests`).
    func journalOrderDigests(kept: [String: OrderFacts]?, orders: Int) throws -> OrderDigests? {
        guard let journal, let kept else { return nil }
        return try StageClock.measure("journal digests") {
            try journal.record.orderDigests(changes: journal.changes, kept: kept, orders: orders, snapshot: snapshot)
        }
    }

    /// Records where this build read the journal to, and the digests the next build may keep.
    func recordJournal() {
        guard let journalPosition, let numberRulesDigest else { return }
        var record = JournalRecord(position: journalPosition, numberRules: numberRulesDigest, tables: digests, orphanRules: orphanRules)
        record.latest = latestHeld
        if otherOrphans.allSatisfy(\.plain) { record.orphans = otherOrphans }
        publisher.record(JournalRecord.stage, digest: JournalRecord.version, notes: record.notes)
    }

    /// The latest activity in the data (the site's "as of" when none is configured), and the orders
    /// holding it (`LatestHolders`). With the journal, the last build's holders and the latest
    /// activity of the orders it names tell it: no scan of every order and event.
    static func latestActivity(
        _ snapshot: Snapshot, journal: (record: JournalRecord, changes: ChangeJournal.Changes)?
    ) throws -> (time: String?, held: LatestHolders?) {
        if let journal, let recorded = journal.record.latest, journal.changes.orderIds.count <= 500,
            let held = recorded.updated(changed: journal.changes.orderIds, fresh: try snapshot.latestActivity(ofOrders: journal.changes.orderIds)),
            let latest = held.latest
        {
            return (latest.time, held)
        }
        let rows = try snapshot.latestActivities(limit: LatestHolders.scanRows)
        if let first = rows.first, first.plain { return (first.time, LatestHolders(scan: rows)) }
        return (try snapshot.latestActivity(), nil)
    }
}
