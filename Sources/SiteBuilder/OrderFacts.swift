import Dashboard
import OrderStore
import PortingModel

/// What a build learnt about one order besides its pages: its numbers' tally and its findings,
/// under the fingerprint of the rows they came from. Kept in the manifest, so a rebuild reads the
/// numbers of only the orders whose fingerprint moved.
struct OrderFacts: Sendable, Equatable {
    var id: String
    var fingerprint: String
    var tally: NumberTally
    var findings: [Finding]
    /// The keys of the search shards listing its numbers, BTN and temporary numbers, sorted: when the
    /// order changes, these shards (before and after) are the ones to read again.
    var searchKeys: [String] {
        get { ByteSplit.strings(searchKeyText, separator: 0x20, omittingEmpty: true) }
        set { searchKeyText = newValue.joined(separator: " ") }
    }
    /// `searchKeys` as the notes keep them, separated by spaces: split only for an order that
    /// changed or went, not for each of the tens of thousands whose facts are read and kept.
    var searchKeyText = ""
    /// The keys of the text shards listing its id and names (`SiteSearch.textKeys`), packed
    /// (`TextKey`): when it changes, these shards (before and after) are the ones made again.
    var textKeys: [UInt32] = []
    /// Where the facts were read from: their lines in the notes `parse` read, so an order whose facts
    /// are kept as they were is recorded again by copying its lines, not by writing them anew.
    var lines: Range<Int>?
    /// SQLite's digests of its rows when they were recorded: a rebuild that learns from the change
    /// journal which orders changed takes the others' digests from here (`JournalRecord`).
    var digest: OrderDigest?

    /// Equal facts: the same order, fingerprint, tally, findings and search keys, wherever they were read.
    static func == (a: OrderFacts, b: OrderFacts) -> Bool {
        a.id == b.id && a.fingerprint == b.fingerprint && a.tally == b.tally && a.findings == b.findings && a.searchKeyText == b.searchKeyText
            && a.textKeys == b.textKeys && a.digest == b.digest
    }

    /// The manifest stage the facts are kept in, and the version of their notes' format.
    static let stage = "order-facts"
    static let version = "order-facts 4"

    /// The facts as manifest notes: `o` id fingerprint count [digest], then `s` status count, `r`
    /// code reason count and `f` finding lines, and `k` search shard keys and text shard keys; fields
    /// escaped as `FindingNote` escapes them.
    var notes: [String] {
        let e = FindingNote.escape
        var out = ["o\t\(e(id))\t\(fingerprint)\t\(tally.count)" + (digest.map { "\t" + $0.text } ?? "")]
        for entry in tally.byStatus { out.append("s\t\(e(entry.status))\t\(entry.count)") }
        for reason in tally.reasons { out.append("r\t\(e(reason.code))\t\(e(reason.reason))\t\(reason.count)") }
        for finding in findings { out.append("f\t" + FindingNote.encode(finding)) }
        out.append("k\t" + searchKeyText + "\t" + textKeys.map(TextKey.string).joined(separator: " "))
        return out
    }

    /// The facts in notes, by order id, or nil when any are damaged (then every order is read).
    static func parse(_ notes: [String]) -> [String: OrderFacts]? {
        var out: [String: OrderFacts] = [:]
        var current: OrderFacts?
        var damaged = false
        func close(at end: Int) {
            if var current {
                current.lines = current.lines.map { $0.lowerBound..<end }
                out[current.id] = current
            }
            current = nil
        }
        for (line, note) in notes.enumerated() {
            // Split as UTF-8: the kinds and separators are ASCII, and a note holds tens of thousands.
            let bytes = note.utf8
            guard let tab = bytes.firstIndex(of: 0x09) else { damaged = true; continue }
            let kind = bytes.distance(from: bytes.startIndex, to: tab) == 1 ? bytes[bytes.startIndex] : 0
            let rest = Substring(bytes[bytes.index(after: tab)...])
            if kind == UInt8(ascii: "f") {
                if let finding = FindingNote.decode(rest) { current?.findings.append(finding) } else { damaged = true }
                continue
            }
            if kind == UInt8(ascii: "k") {
                // Keys need no unescaping: the text keys are read packed, without a string each.
                var line = rest
                let keys = line.withUTF8 { bytes -> (search: String, text: [UInt32])? in
                    guard let tab = bytes.firstIndex(of: 0x09), let text = TextKey.packList(UnsafeBufferPointer(rebasing: bytes[(tab + 1)...]))
                    else { return nil }
                    return (String(decoding: UnsafeBufferPointer(rebasing: bytes[..<tab]), as: UTF8.self), text)
                }
                guard let keys else { damaged = true; continue }
                current?.searchKeyText = keys.search
                current?.textKeys = keys.text
                continue
            }
            let fields = FindingNote.fields(rest)
            switch (kind, fields.count) {
            case (UInt8(ascii: "o"), 3...4):
                close(at: line)
                guard let count = Int(fields[2]) else { damaged = true; continue }
                current = OrderFacts(id: fields[0], fingerprint: fields[1], tally: NumberTally(count: count), findings: [], lines: line..<line)
                if fields.count == 4 {
                    current?.digest = OrderDigest(text: Substring(fields[3]))
                    if current?.digest == nil { damaged = true }
                }
            case (UInt8(ascii: "s"), 2):
                guard let count = Int(fields[1]) else { damaged = true; continue }
                current?.tally.byStatus.append(NumberTally.Count(status: fields[0], count: count))
            case (UInt8(ascii: "r"), 3):
                guard let count = Int(fields[2]) else { damaged = true; continue }
                current?.tally.reasons.append(NumberTally.Reason(code: fields[0], reason: fields[1], count: count))
            default: damaged = true
            }
        }
        close(at: notes.count)
        return damaged ? nil : out
    }

    /// The search shard keys of a whole order.
    static func searchKeys(_ bundle: OrderBundle) -> [String] {
        func key(_ number: String) -> String { SiteSearch.numberKey(number) ?? SiteSearch.otherKey }
        var keys = Set(bundle.numbers.map { key($0.number) })
        if let btn = bundle.order.btn { keys.insert(key(btn)) }
        for mapping in bundle.tempMappings { keys.insert(key(mapping.tempNumber)) }
        return keys.sorted()
    }
}
