import PortingModel

/// A child row whose order does not exist, with the order id it names (nil: none) and whether
/// that id is stored as text (or is NULL).
///
/// Whether such a row is an orphan changes only with the rows of that order id: its own row, and
/// the order row of that id. So a rebuild that knows from the change journal which order ids' rows
/// changed keeps the last build's orphans of the other ids and reads again only those of the
/// changed ids, as long as every kept orphan's id was text: the journal names text ids only, and
/// an id stored otherwise (a blob) could match a changed id that a lookup by text would not find.
public struct OrphanRow: Sendable, Equatable {
    public var orderId: String?
    public var plain: Bool
    public var finding: Finding

    public init(orderId: String?, plain: Bool, finding: Finding) {
        self.orderId = orderId
        self.plain = plain
        self.finding = finding
    }
}
