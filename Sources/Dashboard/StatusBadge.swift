import PortingModel

/// What a template needs to show a status: a label, a CSS class, and a symbol so colour is never
/// the only signal.
public enum StatusBadge {
    public static func order(_ raw: String) -> [String: Any] {
        guard let status = OrderStatus(rawValue: raw) else { return unknown(raw) }
        return ["code": raw, "label": status.label, "tone": tone(status), "symbol": symbol(tone(status))]
    }

    public static func number(_ raw: String) -> [String: Any] {
        guard let status = NumberStatus(rawValue: raw) else { return unknown(raw) }
        let tone: String
        switch status {
        case .ported: tone = "done"
        case .rejected, .notPortable: tone = "bad"
        case .focConfirmed: tone = "good"
        case .cancelled, .cancelPending: tone = "off"
        case .pending, .submitted: tone = "wait"
        }
        return ["code": raw, "label": status.label, "tone": tone, "symbol": symbol(tone)]
    }

    public static func temp(_ raw: String) -> [String: Any] {
        guard let state = TempState(rawValue: raw) else { return unknown(raw) }
        let tone = state == .active ? "good" : state == .swapped ? "done" : "off"
        return ["code": raw, "label": state.label, "tone": tone, "symbol": symbol(tone)]
    }

    static func unknown(_ raw: String) -> [String: Any] {
        ["code": raw, "label": raw.isEmpty ? "Missing status" : "Unknown: \(raw)", "tone": "unknown", "symbol": "?"]
    }

    static func tone(_ status: OrderStatus) -> String {
        switch status {
        case .exception: return "bad"
        case .awaitingSignature, .draft: return "todo"
        case .inReview, .submitted, .suppPending: return "wait"
        case .focConfirmed: return "good"
        case .completed: return "done"
        case .partiallyCompleted: return "warn"
        case .cancelPending, .cancelled, .expired: return "off"
        }
    }

    static func symbol(_ tone: String) -> String {
        switch tone {
        case "bad": return "✖"
        case "todo": return "✎"
        case "wait": return "…"
        case "good": return "◷"
        case "done": return "✔"
        case "warn": return "◐"
        default: return "–"
        }
    }
}
