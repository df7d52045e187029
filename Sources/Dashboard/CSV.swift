/// CSV text (RFC 4180) that spreadsheets cannot mistake for formulas.
public enum CSV {
    /// One line of cells, ending with CRLF.
    public static func line(_ cells: [String]) -> String {
        var out = ""
        for (i, value) in cells.enumerated() {
            if i > 0 { out += "," }
            out += cell(value)
        }
        return out + "\r\n"
    }

    /// A cell, quoted when needed; a cell that would start a formula (`=`, `+`, `-`, `@`, tab, CR)
    /// gets a leading `'`, unless it is a plain number such as `+14085550100`.
    public static func cell(_ value: String) -> String {
        if let first = value.utf8.first, first != UInt8(ascii: "="), first != UInt8(ascii: "+"), first != UInt8(ascii: "-"),
            first != UInt8(ascii: "@"), first != 9, first != 13,
            !value.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 })
        {
            return value
        }
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
