import PortingModel

/// What a template needs to show a status: a label, a tone (a CSS class), and a symbol so colour
/// is never the only signal.
public struct StatusBadge: Sendable, Equatable {
    /// How a status reads at a glance; the raw value is the CSS class.
    public enum Tone: String, Sendable {
        case bad, todo, wait, good, done, warn, off, unknown

        public var symbol: String {
            switch self {
            case .bad: "✖"
            case .todo: "✎"
            case .wait: "…"
            case .good: "◷"
            case .done: "✔"
            case .warn: "◐"
            case .off, .unknown: "–"
            }
        }
    }

    public let code: String
    public let label: String
    public let tone: Tone
    public var symbol: String { tone == .unknown ? "?" : tone.symbol }

    public static func order(_ raw: String) -> StatusBadge {
        guard let status = OrderStatus(rawValue: raw) else { return unknown(raw) }
        return StatusBadge(code: raw, label: status.label, tone: tone(status))
    }

    public static func number(_ raw: String) -> StatusBadge {
        guard let status = NumberStatus(rawValue: raw) else { return unknown(raw) }
        let tone: Tone
        switch status {
        case .ported: tone = .done
        case .rejected, .notPortable: tone = .bad
        case .focConfirmed: tone = .good
        case .cancelled, .cancelPending: tone = .off
        case .pending, .submitted: tone = .wait
        }
        return StatusBadge(code: raw, label: status.label, tone: tone)
    }

    public static func temp(_ raw: String) -> StatusBadge {
        guard let state = TempState(rawValue: raw) else { return unknown(raw) }
        return StatusBadge(code: raw, label: state.label, tone: state == .active ? .good : state == .swapped ? .done : .off)
    }

    /// An event's status: an order status, or a number status where only that fits.
    public static func event(_ raw: String) -> StatusBadge {
        OrderStatus(rawValue: raw) == nil && NumberStatus(rawValue: raw) != nil ? number(raw) : order(raw)
    }

    static func unknown(_ raw: String) -> StatusBadge {
        StatusBadge(code: raw, label: raw.isEmpty ? "Missing status" : "Unknown: \(raw)", tone: .unknown)
    }

    static func tone(_ status: OrderStatus) -> Tone {
        switch status {
        case .exception: .bad
        case .awaitingSignature, .draft: .todo
        case .inReview, .submitted, .suppPending: .wait
        case .focConfirmed: .good
        case .completed: .done
        case .partiallyCompleted: .warn
        case .cancelPending, .cancelled, .expired: .off
        }
    }

    /// The three fields a row template shows: label, tone, symbol.
    var rowFields: [String] { [label, tone.rawValue, symbol] }
}

extension StatusBadge: TemplateModel {
    public static let templateFields = TemplateFields<StatusBadge>([
        "code": { .text($0.code) },
        "label": { .text($0.label) },
        "tone": { .text($0.tone.rawValue) },
        "symbol": { .text($0.symbol) },
    ])
}
