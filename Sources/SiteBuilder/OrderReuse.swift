import Dashboard
import OrderStore
import PortingModel

/// What a rebuild reuses of the last build's orders pass: each order's facts (`OrderFacts`), kept
/// when SQLite's digest of the order's rows, its carrier and links are what they were and its pages
/// are still published. Also gathers the facts to keep for the next build, and the search shards
/// whose numbers the changed orders touch.
struct OrderReuse {
    let digests: [String: OrderDigest]
    /// The last build's facts by order id; nil on a first build, after a change of theme, settings
    /// or portdash, or when they could not be read: then every order's numbers are read.
    let kept: [String: OrderFacts]?
    /// The notes `kept` was read from.
    let keptNotes: [String]
    let canKeep: @Sendable (String, String) -> Bool
    /// The facts to keep, as manifest notes.
    private(set) var notes: [String] = []
    private var seen: Set<String> = []
    private var searchKeys: Set<String> = []

    /// `kept`: the facts the last build recorded, parsed from `notes`, if they are to be reused.
    init(
        digests: [String: OrderDigest], notes: [String]?, kept: [String: OrderFacts]?, canKeep: @escaping @Sendable (String, String) -> Bool
    ) {
        self.digests = digests
        self.kept = kept
        keptNotes = kept == nil ? [] : notes ?? []
        self.canKeep = canKeep
        // A rebuild records about as many notes and orders as it kept: grown once, not doubling.
        self.notes.reserveCapacity(keptNotes.count + 64)
        seen.reserveCapacity((kept?.count ?? 0) + 64)
    }

    /// The manifest record's digest: the facts' format and everything every page depends on.
    static func digest(base: Fingerprinter) -> String { "\(OrderFacts.version) \(base.hex)" }

    /// Gives the order's work item its paths and fingerprint and, when its facts are kept, its tally
    /// and findings; returns whether its numbers must be read. Filled in place: a work item holds
    /// dozens of strings, and a copy retains and releases each.
    func prepare(_ item: inout OrderRenderer.Work, renderer: OrderRenderer) -> Bool {
        item.paths = renderer.paths(item.bundle.order.id)
        fingerprint(&item, renderer: renderer)
        guard let kept else { return false }
        guard let known = kept[item.bundle.order.id], known.fingerprint == item.fingerprint,
            item.paths.allSatisfy({ canKeep($0, item.fingerprint) })
        else { return true }
        item.bundle.keptTally = known.tally
        item.findings = known.findings
        item.reused = true
        return false
    }

    /// Sets what the order's pages and number rows are made from, from its digest.
    func fingerprint(_ item: inout OrderRenderer.Work, renderer: OrderRenderer) {
        let digest = digests[item.bundle.order.id] ?? OrderDigest()
        item.fingerprint = renderer.pageFingerprint(item.bundle.order, digest: digest)
        item.numberPrint = String(digest.numbers, radix: 16)
    }

    /// Records a finished order's facts; a changed order's search shards, before and after, are
    /// marked to be read again.
    mutating func record(_ item: OrderRenderer.Work) {
        let id = item.bundle.order.id
        let known = kept?[id]
        if item.reused, let known, let lines = known.lines {
            seen.insert(id)
            notes += keptNotes[lines]
            return
        }
        var facts = OrderFacts(id: id, fingerprint: item.fingerprint, tally: item.bundle.tally, findings: item.findings)
        facts.digest = digests[id]
        if item.reused, let known {
            facts.searchKeyText = known.searchKeyText
            facts.textKeys = known.textKeys
        } else {
            facts.textKeys = item.textKeys.map { TextKey.pack($0) ?? TextKey.unknown }
            facts.searchKeys = OrderFacts.searchKeys(item.bundle)
            searchKeys.formUnion(facts.searchKeys)
            searchKeys.formUnion(known?.searchKeys ?? [])
        }
        if kept != nil { seen.insert(id) }
        notes += facts.notes
    }

    /// The search shards to read again: those of changed, new and deleted orders. Nil when every
    /// shard must be read (a first build, or rows under a repeated order id, whose BTNs the facts
    /// do not follow).
    func searchChanges(duplicates: Bool) -> Set<String>? {
        guard let kept, !duplicates else { return nil }
        var keys = searchKeys
        for (id, facts) in kept where !seen.contains(id) { keys.formUnion(facts.searchKeys) }
        return keys
    }
}
