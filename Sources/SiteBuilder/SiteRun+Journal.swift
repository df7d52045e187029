import OrderStore
import PortingModel
import Publisher

extension SiteRun {
    /// Reads the database's change journal, when it has one and `options` allow: its position now
    /// (recorded for the next build), and, when the last build's record can be trusted, what changed
    /// since, with the table digests the journal shows unchanged. The orders' digests come from the
    /// journal only while the last build's facts are kept (a change of theme, settings or portdash
    /// discards them).
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
        return (now, keptFacts(publisher, base: base) != nil ? (record, changes) : nil, unchanged)
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
        let record = JournalRecord(position: journalPosition, numberRules: numberRulesDigest, tables: digests, orphanRules: orphanRules)
        publisher.record(JournalRecord.stage, digest: JournalRecord.version, notes: record.notes)
    }
}
