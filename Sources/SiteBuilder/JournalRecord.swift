import OrderStore
import PortingModel

/// What a build keeps in the manifest to read the database's change journal next time
/// (`ChangeJournal`): where it stopped, and the digests it would otherwise compute by reading every
/// row. The tables' digests (`SiteRun.digest`), the digest of what the rules over the order numbers
/// read, and the shares of that digest of ids whose rows have no order. The orders' own digests
/// are in their facts (`OrderFacts.digest`).
struct JournalRecord {
    var position: ChangeJournal.Position
    var numberRules: UInt64
    /// `SiteRun.digests`: by `SiteRun.digestKey`.
    var tables: [String: String]
    var orphanRules: [String: UInt64]
    /// The orders holding the latest activity in the data, when the site's "as of" came from the
    /// data (`SiteRun.latestActivity`).
    var latest: LatestHolders?
    /// The rows of the child tables other than the order numbers whose order did not exist, when
    /// every one names its order by text or not at all (`OrphanRow`): a rebuild reads again only
    /// those of the orders the journal names.
    var orphans: [OrphanRow]?

    static let stage = "change-journal"
    static let version = "change-journal 2"

    /// As manifest notes: `p` position, `r` rules digest, `a` time id (each of the latest activity's
    /// holders, latest first), `d` key value, `x` id share, and, when the orphans are kept, `q`
    /// their count, then `o` id finding or `n` finding (no id).
    var notes: [String] {
        let e = FindingNote.escape
        var out = ["p\t\(position.text)", "r\t\(String(numberRules, radix: 16))"]
        for holder in latest?.holders ?? [] { out.append("a\t\(e(holder.time))\t\(e(holder.orderId))") }
        for (key, value) in tables.sorted(by: { $0.key < $1.key }) { out.append("d\t\(e(key))\t\(value)") }
        for (id, share) in orphanRules.sorted(by: { $0.key < $1.key }) { out.append("x\t\(e(id))\t\(String(share, radix: 16))") }
        if let orphans {
            out.append("q\t\(orphans.count)")
            for row in orphans {
                let finding = FindingNote.encode(row.finding)
                out.append(row.orderId.map { "o\t\(e($0))\t" + finding } ?? "n\t" + finding)
            }
        }
        return out
    }

    init(position: ChangeJournal.Position, numberRules: UInt64, tables: [String: String], orphanRules: [String: UInt64]) {
        self.position = position
        self.numberRules = numberRules
        self.tables = tables
        self.orphanRules = orphanRules
    }

    /// The record in `notes`, or nil when any note is damaged.
    init?(notes: [String]) {
        var position: ChangeJournal.Position?, rules: UInt64?
        var tables: [String: String] = [:], orphans: [String: UInt64] = [:]
        var latest: [LatestHolders.Holder] = []
        var orphanRows: [OrphanRow]?, orphanCount: Int?
        for note in notes {
            guard let tab = note.firstIndex(of: "\t") else { return nil }
            let fields = FindingNote.fields(note[note.index(after: tab)...])
            switch (note[..<tab], fields.count) {
            case ("p", 1): position = ChangeJournal.Position(text: fields[0])
            case ("r", 1): rules = UInt64(fields[0], radix: 16)
            case ("d", 2): tables[fields[0]] = fields[1]
            case ("a", 2): latest.append(LatestHolders.Holder(time: fields[0], orderId: fields[1]))
            case ("q", 1):
                guard let count = Int(fields[0]) else { return nil }
                (orphanCount, orphanRows) = (count, [])
            case ("o", 6), ("n", 5):
                // The finding as `FindingNote` wrote it: after the id, if any.
                var rest = note[note.index(after: tab)...]
                var id: String?
                if fields.count == 6, let idEnd = rest.firstIndex(of: "\t") {
                    id = FindingNote.unescape(String(rest[..<idEnd]))
                    rest = rest[rest.index(after: idEnd)...]
                }
                guard orphanRows != nil, let finding = FindingNote.decode(rest) else { return nil }
                orphanRows?.append(OrphanRow(orderId: id, plain: true, finding: finding))
            case ("x", 2):
                guard let share = UInt64(fields[1], radix: 16) else { return nil }
                orphans[fields[0]] = share
            default: return nil
            }
        }
        guard let position, let rules else { return nil }
        self.init(position: position, numberRules: rules, tables: tables, orphanRules: orphans)
        if !latest.isEmpty { self.latest = LatestHolders(holders: latest) }
        if let orphanRows, orphanRows.count == orphanCount { self.orphans = orphanRows }
    }

    /// Every order's digests from the journal: the kept ones (`kept`, the last build's facts) of the
    /// orders the journal does not name, and those it names read again through the indexes. Nil
    /// when the kept facts do not cover every order (`orders`: how many order rows there are).
    func orderDigests(changes: ChangeJournal.Changes, kept: [String: OrderFacts], orders: Int, snapshot: Snapshot) throws -> OrderDigests? {
        var out = OrderDigests()
        out.orders.reserveCapacity(kept.count + changes.orderIds.count)
        for (id, facts) in kept where !changes.orderIds.contains(id) {
            guard let digest = facts.digest else { return nil }
            out.orders[id] = digest
        }
        let fresh = try snapshot.orderDigests(ids: changes.orderIds)
        out.orders.merge(fresh.orders) { _, new in new }
        guard out.orders.count == orders else { return nil }
        out.orphanRules = orphanRules.filter { !changes.orderIds.contains($0.key) }.merging(fresh.orphanRules) { _, new in new }
        out.numberRules = numberRules
        for id in changes.orderIds {
            var before = orphanRules[id] ?? 0
            if let facts = kept[id] {
                guard let rules = facts.digest?.rules else { return nil }
                before = rules
            }
            out.numberRules = out.numberRules &- before &+ (fresh.orders[id]?.rules ?? fresh.orphanRules[id] ?? 0)
        }
        return out
    }
}
