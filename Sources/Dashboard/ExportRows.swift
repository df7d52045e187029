import PortingModel

/// Export rows written straight as bytes, CSV and JSON side by side: the same text `CSV.line` and
/// `JSONText.appendRow` make, without a string per cell or per row. A million order numbers and a
/// million inventory numbers go through here on every cold build.
///
/// `csv` holds CRLF-ended lines; `json` holds the rows as arrays joined by ",\n" (no separator
/// before the first), as `ExportPair.appendBlock` takes them.
public struct ExportRows: Sendable {
    public var csv: [UInt8] = []
    public var json: [UInt8] = []
    /// Rows written.
    public private(set) var count = 0
    private var cells = 0

    public init() {}

    /// Starts a row; add its cells, then `endRow`.
    public mutating func startRow() {
        if count > 0 { json.append(contentsOf: [UInt8(ascii: ","), 10]) }
        json.append(UInt8(ascii: "["))
        cells = 0
    }

    public mutating func endRow() {
        csv.append(contentsOf: [13, 10])
        json.append(UInt8(ascii: "]"))
        count += 1
    }

    /// Appends `other`'s rows after these.
    public mutating func append(contentsOf other: ExportRows) {
        guard other.count > 0 else { return }
        csv.append(contentsOf: other.csv)
        if count > 0 { json.append(contentsOf: [UInt8(ascii: ","), 10]) }
        json.append(contentsOf: other.json)
        count += other.count
    }

    /// Empties the rows, keeping the memory for the next ones.
    public mutating func removeAll() {
        csv.removeAll(keepingCapacity: true)
        json.removeAll(keepingCapacity: true)
        count = 0
    }

    /// A row of `fields`' values.
    public mutating func row(_ fields: [(String, JSONText.Value)]) {
        startRow()
        for field in fields { cell(field.1) }
        endRow()
    }

    public mutating func cell(_ value: JSONText.Value) {
        switch value {
        case .string(let text): cell(text)
        case .int(let int): cell(int)
        case .bool(let bool): raw(bool ? "true" : "false", json: bool ? "true" : "false")
        case .decimal(let number):
            let text = number.map(Percentiles.oneDecimal)
            raw(text ?? "", json: text ?? "null")
        }
    }

    public mutating func cell(_ int: Int64?) {
        let text = int.map { String($0) }
        raw(text ?? "", json: text ?? "null")
    }

    /// A text cell: NULL is an empty CSV cell and JSON null.
    public mutating func cell(_ text: String?) {
        separate()
        guard var text else {
            json.append(contentsOf: "null".utf8)
            return
        }
        text.withUTF8 { bytes in
            // One pass over the bytes tells both formats whether the text goes in as it is (most cells do).
            var found: UInt8 = 0
            Self.byteKinds.withUnsafeBufferPointer { kinds in
                for byte in bytes { found |= kinds[Int(byte)] }
            }
            if (found & Self.csvSpecial == 0 && !Self.startsFormula(bytes)) || Self.signedNumber(bytes) {
                csv.append(contentsOf: bytes)
            } else {
                csv.append(contentsOf: CSV.cell(String(decoding: bytes, as: UTF8.self)).utf8)
            }
            if found & Self.jsonSpecial == 0 {
                json.append(UInt8(ascii: "\""))
                json.append(contentsOf: bytes)
                json.append(UInt8(ascii: "\""))
            } else {
                JSONText.append(utf8: bytes, to: &json)
            }
        }
    }

    private mutating func raw(_ csvText: String, json jsonText: String) {
        separate()
        csv.append(contentsOf: csvText.utf8)
        json.append(contentsOf: jsonText.utf8)
    }

    private mutating func separate() {
        if cells > 0 {
            csv.append(UInt8(ascii: ","))
            json.append(UInt8(ascii: ","))
        }
        cells += 1
    }

    /// Bits of `byteKinds`: a byte `CSV.cell` quotes a text for, and one `JSONText.append` escapes.
    static let csvSpecial: UInt8 = 1
    static let jsonSpecial: UInt8 = 2

    /// For each byte, which of the formats may have to write a text holding it otherwise than as it is.
    static let byteKinds: [UInt8] = (0..<256).map { byte in
        var kind: UInt8 = 0
        if byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D { kind |= csvSpecial }
        if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0xE2 { kind |= jsonSpecial }
        return kind
    }

    /// Whether the text starts as a formula would, so `CSV.cell` guards it (unless it is a number).
    static func startsFormula(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes.first {
        case UInt8(ascii: "=")?, UInt8(ascii: "+")?, UInt8(ascii: "-")?, UInt8(ascii: "@")?, 9?, 13?: return true
        default: return false
        }
    }

    /// Whether the text is a number with a sign, such as an E.164 `+14085550100`, which `CSV.cell`
    /// leaves as it is although it starts with a formula character (`CSV.isPlainNumber`).
    static func signedNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count > 1, bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-") else { return false }
        var seenDot = false
        for byte in bytes.dropFirst() {
            if byte == UInt8(ascii: "."), !seenDot {
                seenDot = true
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return false }
        }
        return true
    }
}
