/// CSV text (RFC 4180) that spreadsheets cannot mistake for formulas.
public enum CSV {
    /// One line of cells, ending with CRLF.
    public static func line(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",") + "\r\n"
    }

    /// A cell, quoted when needed; a cell that would start a formula (`=`, `+`, `-`, `@`, tab, CR)
    /// gets a leading `'`, unless it is a plain number such as `+14085550100`.
    public static func cell(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), !isPlainNumber(text) {
            text = "'" + text
        }
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func isPlainNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars.dropFirst(0)
        if let first = scalars.first, first == "+" || first == "-" { scalars = scalars.dropFirst() }
        guard !scalars.isEmpty else { return false }
        var seenDot = false
        for s in scalars {
            if s == "." && !seenDot { seenDot = true; continue }
            guard ("0"..."9").contains(s) else { return false }
        }
        return true
    }
}
