import OrderStore

/// The orders holding the latest activity in the data, each with its own latest time, latest first:
/// kept from build to build so that a rebuild that knows from the change journal which orders
/// changed can tell the site's "as of" time from those orders' rows alone.
///
/// What makes that sound: every order not listed has no activity later than the last one listed
/// (`floor`), and an order the journal does not name has the activity it had. So while one listed
/// order is unchanged, the latest activity is the latest of the unchanged listed orders and of the
/// changed orders. Listing several orders matters: the order changed last usually holds the latest
/// activity, and the journal names it again at the next build (`ChangeJournal.journalChanges`),
/// which with one order listed sent every rebuild back to a scan of every order and event.
struct LatestHolders: Equatable {
    struct Holder: Equatable {
        var time: String
        var orderId: String
    }

    /// Latest first, one per order, at most `limit`.
    private(set) var holders: [Holder]

    static let limit = 16
    /// The rows a scan reads for the list: the orders among the latest rows.
    static let scanRows = 64

    init(holders: [Holder]) {
        self.holders = Array(holders.prefix(Self.limit))
    }

    /// The list from the latest rows of a scan of every row (`Snapshot.latestActivities`), latest
    /// first; nil when one is not plain text (an id or time stored otherwise sorts apart from text,
    /// and is left to a scan each time).
    init?(scan rows: [Snapshot.Activity]) {
        guard rows.allSatisfy(\.plain) else { return nil }
        var seen = Set<String>()
        // An order's first row in the scan is its latest: orders after the limit, and those not in
        // the rows read, have nothing later than the listed ones.
        self.init(holders: rows.filter { seen.insert($0.orderId).inserted }.map { Holder(time: $0.time, orderId: $0.orderId) })
    }

    /// The latest activity in the data.
    var latest: Holder? { holders.first }

    /// The list after the orders `changed` changed, given their latest activity now (`fresh`, from
    /// `Snapshot.latestActivity(ofOrders:)`); nil when it cannot tell (every listed order changed
    /// and none of them is as late as the list was, or a time is not plain text): then every row
    /// is scanned.
    func updated(changed: Set<String>, fresh: [Snapshot.Activity]) -> LatestHolders? {
        guard let floor = holders.last?.time, fresh.allSatisfy(\.plain) else { return nil }
        var kept = holders.filter { !changed.contains($0.orderId) }
        // A changed order below the floor may lie below orders the list never held.
        for activity in fresh where !Self.precedes(activity.time, floor) {
            kept.append(Holder(time: activity.time, orderId: activity.orderId))
        }
        guard !kept.isEmpty else { return nil }
        // As SQLite orders text: by its bytes. Ties keep their order, so the list is deterministic.
        kept.sort { Self.precedes($1.time, $0.time) || ($0.time == $1.time && Self.precedes($0.orderId, $1.orderId)) }
        return LatestHolders(holders: kept)
    }

    static func precedes(_ a: String, _ b: String) -> Bool { a.utf8.lexicographicallyPrecedes(b.utf8) }
}
