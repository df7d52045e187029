/// A problem found in the data: where it is (table, key, column) and what is wrong.
public struct Finding: Sendable, Equatable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    public var severity: Severity
    public var table: String
    /// The row's key as people read it, such as `PO-1001` or `PO-1001/+14085550100`.
    public var key: String
    public var column: String
    public var message: String

    public init(_ severity: Severity, table: String, key: String, column: String, _ message: String) {
        self.severity = severity
        self.table = table
        self.key = key
        self.column = column
        self.message = message
    }

    /// One line: `error: orders[PO-1001].status: unknown status "approved"`.
    public var description: String {
        "\(severity.rawValue): \(table)[\(Self.printable(key))].\(column): \(message)"
    }

    /// Text safe for a terminal line: control characters escaped, long values cut.
    public static func printable(_ text: String, limit: Int = 80) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if out.count >= limit { out += "…"; break }
            if scalar.value < 0x20 || scalar.value == 0x7F {
                out += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
