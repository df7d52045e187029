/// Every finding about a database, collected as its rows stream by. `portdash check` and the build
/// feed the same collector through the same calls, so the lines `check` prints and the rows of the
/// Data problems page are the same findings in the same order.
public struct RowChecks: Sendable {
    public let validator: Validator
    private var collected: [Finding] = []

    /// Starts with the checks of the carriers, users and restart links every page relies on.
    public init(carriers: [Int64: Carrier], users: [Int64: User], links: [(id: String, restartedFrom: String?)]) {
        validator = Validator(
            references: References(
                carrierIds: Set(carriers.keys), userIds: Set(users.keys),
                orderIds: Set(links.map(\.id))))
        for carrier in carriers.values.sorted(by: { $0.id < $1.id }) { collected += validator.check(carrier) }
        for user in users.values.sorted(by: { $0.id < $1.id }) { collected += validator.check(user) }
        collected += RestartChains.loops(links)
    }

    /// The findings about one order and its rows; pure, so it can run on any thread.
    public func check(_ bundle: OrderBundle, timing: OrderTiming? = nil) -> [Finding] { validator.check(bundle, timing: timing) }

    /// Adds findings made by `check(_:)` or by the cross-table queries.
    public mutating func add(_ findings: [Finding]) { collected += findings }

    /// An order row whose id was already seen.
    public mutating func addDuplicate(_ order: Order) {
        collected.append(Finding(.error, table: "orders", key: order.id, column: "id", "appears more than once; the later rows are ignored"))
    }

    public mutating func add(_ entry: InventoryEntry) { collected += validator.check(entry) }

    /// How many findings have been added so far (with `added(since:)`, a stage's own findings).
    public var count: Int { collected.count }

    /// The findings added after the first `count`, in the order they were added.
    public func added(since count: Int) -> ArraySlice<Finding> { collected[count...] }

    /// Every finding, errors first, then by table, key, column and message: the order `check`
    /// prints and the Data problems page lists.
    public var findings: [Finding] {
        collected.sorted { a, b in
            a.severity != b.severity ? a.severity > b.severity : (a.table, a.key, a.column, a.message) < (b.table, b.key, b.column, b.message)
        }
    }
}
