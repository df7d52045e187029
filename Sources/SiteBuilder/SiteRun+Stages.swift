import OrderStore
import PortingModel

extension SiteRun {
    /// SQLite's digest of a table's columns (see `Snapshot.digest`), computed once per build.
    mutating func digest(_ table: String, columns: [String]? = nil) throws -> String {
        let key = Self.digestKey(table, columns)
        if let prefetch {
            self.prefetch = nil
            for (request, value) in zip(prefetchedRequests, prefetch.wait() ?? []) { digests[Self.digestKey(request.table, request.columns)] = value }
        }
        if let known = digests[key] { return known }
        let value = try snapshot.digest(table, columns: columns)
        digests[key] = value
        return value
    }

    /// The digests the stages after the orders pass ask for, computed meanwhile on a second
    /// connection where the journal mode allows (`Snapshot.prefetchDigests`): a million inventory
    /// rows are most of a one-order rebuild's time after the orders pass.
    static let prefetched: [DigestRequest] = [("phone_numbers", nil), ("temp_numbers", nil), ("users", nil)]

    /// What the stage `name` is made from: `base` and its inputs.
    static func stageDigest(base: Fingerprinter, _ name: String, inputs: [String]) -> String {
        var hasher = base
        hasher.add(name)
        for input in inputs { hasher.add(input) }
        return hasher.hex
    }

    static func digestKey(_ table: String, _ columns: [String]?) -> String { table + ":" + (columns ?? []).joined(separator: ",") }

    /// Runs the stage `name` unless what it reads is exactly what the last build's did: `inputs`
    /// (digests SQLite computes over the stage's rows) plus `base`. A reused stage keeps its published
    /// files and adds the findings it recorded, without reading a row.
    mutating func stage(_ name: String, inputs: [String], _ body: (inout SiteRun) throws -> Void) throws {
        let digest = Self.stageDigest(base: base, name, inputs: inputs)
        if let notes = publisher.reuseStage(name, digest: digest) {
            checks.add(notes.compactMap(FindingNote.decode))
            return
        }
        let before = checks.count
        publisher.beginStage(name)
        try body(&self)
        publisher.endStage(digest: digest, notes: checks.added(since: before).map(FindingNote.encode))
    }

    /// The rules across tables. Those over the order numbers (numbers on two open orders, temporary
    /// numbers ported elsewhere, numbers without an order) are a stage over the digest of the columns
    /// they read, which the orders pass computed; the other tables' orphans are read on the second
    /// connection during the orders pass, where there is one: with the journal, only those of the
    /// orders it names, the others kept from the last build (`OrphanRow`).
    mutating func renderCrossTableChecks() throws {
        let ids = orphanIdsToRead
        let read = otherOrphansPrefetch?.wait()
        otherOrphansPrefetch = nil
        let fresh = try read ?? snapshot.otherOrphanRows(ids: ids)
        if let ids, let kept = journal?.record.orphans {
            otherOrphans = kept.filter { $0.orderId.map { !ids.contains($0) } ?? true } + fresh
        } else {
            otherOrphans = fresh
        }
        checks.add(otherOrphans.map(\.finding))
        let prefetched = numberFindingsPrefetch?.wait() ?? nil
        numberFindingsPrefetch = nil
        guard let digest = numberRulesDigest else { return checks.add(try prefetched ?? snapshot.numberFindings()) }
        let changed = journalUsed ? journal?.changes.orderIds : nil
        let previous = changed == nil ? nil : Self.decodedAll(publisher.recordedNotes(Self.numberRules))
        try stage(Self.numberRules, inputs: Self.numberRulesInputs(digest)) { run in
            // With the journal, the last build's findings (made from the same settings: the journal
            // is read only with the facts they kept) are brought up to date through the indexes.
            var findings = prefetched
            if findings == nil, let changed, let previous { findings = try run.snapshot.numberFindings(changed: changed, previous: previous) }
            run.checks.add(try findings ?? run.snapshot.numberFindings())
        }
    }

    /// Every note's finding, or nil when there are no notes or any cannot be read.
    static func decodedAll(_ notes: [String]?) -> [Finding]? {
        guard let notes else { return nil }
        let findings = notes.compactMap(FindingNote.decode)
        return findings.count == notes.count ? findings : nil
    }

    /// The order ids whose orphans are read again, when the last build's are kept for the others
    /// (the journal names the orders that changed, and its record kept the orphans); nil: all.
    var orphanIdsToRead: Set<String>? {
        guard let journal, journal.record.orphans != nil else { return nil }
        return journal.changes.orderIds
    }

    static let numberRules = "number-rules"

    static func numberRulesInputs(_ digest: UInt64) -> [String] { [String(digest, radix: 16)] }

    /// Starts the rules over the order numbers on the second connection, after the order digests,
    /// unless those digests show the last build's findings still hold: a cold build's scan of a
    /// million rows then overlaps the orders pass instead of following it.
    mutating func prefetchNumberFindings() throws {
        guard let orderDigests = orderDigestsPrefetch else { return }
        let recorded = publisher.recordedDigest(Self.numberRules), base = base
        numberFindingsPrefetch = try snapshot.prefetch("number-rules") { snapshot -> [Finding]? in
            guard let digests = orderDigests.wait() else { return nil }
            let digest = SiteRun.stageDigest(base: base, SiteRun.numberRules, inputs: SiteRun.numberRulesInputs(digests.numberRules))
            return digest == recorded ? nil : try snapshot.numberFindings()
        }
    }
}
