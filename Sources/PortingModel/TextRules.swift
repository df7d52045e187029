/// Rules for free text: bytes that were not UTF-8, and values too long to show whole.
public enum TextRules {
    /// Values longer than this are shown cut on pages (exports keep them whole).
    public static let displayLimit = 2_000

    public static func check(_ text: String, table: String, key: String, column: String) -> [Finding] {
        var out: [Finding] = []
        if text.unicodeScalars.contains("\u{FFFD}") {
            out.append(Finding(.warning, table: table, key: key, column: column, "has bytes that are not UTF-8 (shown as \u{FFFD})"))
        }
        if text.utf8.count > displayLimit * 4 {
            out.append(
                Finding(
                    .warning, table: table, key: key, column: column,
                    "is \(text.utf8.count) bytes long; pages show its first \(displayLimit) characters"))
        }
        return out
    }

    /// The text cut to `displayLimit` characters, with an ellipsis when cut.
    public static func clip(_ text: String) -> String {
        guard text.utf8.count > displayLimit else { return text }
        let cut = text.prefix(displayLimit)
        return cut.count < text.count ? String(cut) + "…" : text
    }
}
