import Foundation
import PortingModel

/// Makes a realistic, deterministic porting history: the same seed and size give the same data.
struct DemoGenerator {
    let orderCount: Int
    var random: SeededRandom
    var numbers = DemoNumbers()
    let userCount: Int
    private var pendingRestart: OrderBundle?
    private var made = 0

    init(orders: Int, seed: UInt64) {
        orderCount = orders
        random = SeededRandom(seed: seed)
        userCount = max(20, orders / 2)
    }

    /// Statuses in the order the first orders take them, so every status appears in any demo.
    static let statusCycle: [OrderStatus] = OrderStatus.allCases

    func carriers() -> [Carrier] {
        DemoVocabulary.carriers.enumerated().map { Carrier(id: Int64($0.offset + 1), name: $0.element.name, spid: $0.element.spid) }
    }

    mutating func users() -> [User] {
        (1...userCount).map { id in
            let first = random.pick(DemoVocabulary.firstNames), last = random.pick(DemoVocabulary.lastNames)
            let local = "\(first).\(last)\(id)".folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                .filter { $0.isLetter || $0.isNumber || $0 == "." }
            return User(
                id: Int64(id), name: "\(first) \(last)", email: "\(local)@newtel.example",
                extension: String(1000 + id % 9000))
        }
    }

    /// The next order with its rows, or nil when all are made.
    mutating func nextBundle() -> OrderBundle? {
        if let restart = pendingRestart {
            pendingRestart = nil
            made += 1
            return restart
        }
        guard made < orderCount else { return nil }
        let index = made
        made += 1
        let status: OrderStatus = index < 24 ? Self.statusCycle[index % 12] : weightedStatus()
        let business = index < 24 ? index < 12 : random.chance(0.8)
        var bundle = makeOrder(index: index, status: status, business: business)
        if status == .exception && made < orderCount && (index == 4 || random.chance(0.5)) {
            pendingRestart = restart(of: &bundle, index: made)
        }
        return bundle
    }

    mutating func weightedStatus() -> OrderStatus {
        let roll = random.int(0...99)
        switch roll {
        case 0..<3: return .draft
        case 3..<8: return .awaitingSignature
        case 8..<12: return .inReview
        case 12..<24: return .submitted
        case 24..<34: return .exception
        case 34..<37: return .suppPending
        case 37..<50: return .focConfirmed
        case 50..<80: return .completed
        case 80..<84: return .partiallyCompleted
        case 84..<86: return .cancelPending
        case 86..<94: return .cancelled
        default: return .expired
        }
    }

    mutating func size(index: Int) -> Int {
        if index == 6 { return 1_000 }
        if index == 7 { return 3 }
        let roll = random.int(0...99)
        switch roll {
        case 0..<60: return random.int(1...10)
        case 60..<85: return random.int(11...50)
        case 85..<95: return random.int(51...200)
        case 95..<99: return random.int(201...999)
        default: return 1_000
        }
    }

    static func orderId(_ index: Int) -> String { "PO-\(10_001 + index)" }
}
