import PortingModel

/// A finding as one line of text with no line break, to keep with a stage in the manifest: the
/// severity, table, key, column and message separated by tabs, each escaped (see `escape`).
enum FindingNote {
    static func encode(_ finding: Finding) -> String {
        [finding.severity.rawValue, finding.table, finding.key, finding.column, finding.message].map(escape).joined(separator: "\t")
    }

    /// The finding a note holds; nil when the note is not one (a damaged manifest).
    static func decode(_ note: some StringProtocol) -> Finding? {
        let parts = fields(Substring(note))
        guard parts.count == 5, let severity = Finding.Severity(rawValue: parts[0]) else { return nil }
        return Finding(severity, table: parts[1], key: parts[2], column: parts[3], parts[4])
    }

    /// Percent-encodes `%`, tab, CR, LF, U+001E, U+001F and the HTML markup characters: a note is one
    /// line, and the manifest, which sits in the published folder, never carries markup from the data.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%", "\t", "\n", "\r", "\u{1E}", "\u{1F}", "<", ">", "&", "\"", "'":
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The tab-separated fields of a note, unescaped (split as UTF-8: tabs never occur escaped).
    static func fields(_ note: Substring) -> [String] {
        let fields = ByteSplit.strings(note, separator: 0x09)
        // Most notes escape nothing: one look at the whole note spares a look at each field.
        var text = note
        return text.withUTF8 { ByteSplit.count($0, of: UInt8(ascii: "%")) == 0 } ? fields : fields.map(unescape)
    }

    static func unescape(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        var bytes: [UInt8] = []
        var input = Array(text.utf8)[...]
        while let byte = input.popFirst() {
            if byte == UInt8(ascii: "%"), input.count >= 2, let value = UInt8(String(decoding: input.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                input = input.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
