import PortingModel

/// Small search index files for the inventory, so the browser finds a number or an assignee on any
/// page while loading only one shard: numbers by their first eight digits (North American numbers:
/// `1`, area code, exchange and one more digit; at most 1,000 numbers a shard), names by each
/// word's first letter. Shards are scripts (not JSON fetched by XHR) so search also works from
/// file://. The site-wide search in every page's header loads the same number shards.
public struct InventorySearch {
    /// A finished shard: its path, a fingerprint of what it lists, and its script text on demand
    /// (a rebuild skips making the text of a shard whose fingerprint did not change).
    public struct Shard {
        public let path: String
        public let fingerprint: String
        /// Makes the script text (only called when the shard must be written).
        public let text: @Sendable () -> String
    }

    var currentKey: String?
    var currentRows: [(number: String, page: Int, shown: String)] = []
    var currentPrint = Fingerprinter()
    /// Each assignee's pages, in order (numbers arrive sorted, so pages only grow).
    var names: [String: [Int]] = [:]
    let display: Display

    public init(display: Display) {
        self.display = display
    }

    public static func numberKey(_ e164: String) -> String {
        let digits = e164.utf8.drop { $0 == UInt8(ascii: "+") }.prefix { $0 >= 48 && $0 <= 57 }
        return String(decoding: digits.prefix(SiteSearch.numberKeyLength), as: UTF8.self)
    }

    public static func nameKey(_ word: Substring) -> String {
        let letter = word.lowercased().folding(options: .diacriticInsensitive, locale: nil).first
        if let letter, letter.isASCII, letter.isLetter || letter.isNumber { return String(letter) }
        return "other"
    }

    /// The folder of the shards.
    public static let folder = "inventory/search"
    public static func path(_ key: String) -> String { "\(folder)/\(key).js" }

    /// Adds one number shown on inventory page `page`; returns a shard when one is complete
    /// (numbers arrive sorted, so each prefix's rows are contiguous).
    public mutating func add(_ entry: InventoryEntry, page: Int, assignee: String?) -> Shard? {
        let key = "n-" + Self.numberKey(entry.number)
        var finished: Shard?
        if key != currentKey { finished = flushNumbers() }
        currentKey = key
        let shown = assignee.map(display.name) ?? ""
        currentRows.append((entry.number, page, shown))
        currentPrint.add(entry.number)
        currentPrint.add(Int64(page))
        currentPrint.add(shown)
        if assignee != nil, names[shown]?.last != page { names[shown, default: []].append(page) }
        return finished
    }

    mutating func flushNumbers() -> Shard? {
        guard let key = currentKey, !currentRows.isEmpty else { return nil }
        defer {
            currentRows.removeAll(keepingCapacity: true)
            currentPrint = Fingerprinter()
        }
        let rows = currentRows
        return Shard(
            path: Self.path(key), fingerprint: currentPrint.hex,
            text: {
                // As `script` makes it from each row's line, written in one buffer.
                var out = Array(Self.scriptStart(key).utf8)
                out.reserveCapacity(out.count + rows.count * 64 + 8)
                for (i, row) in rows.enumerated() {
                    if i > 0 { out.append(contentsOf: [UInt8(ascii: ","), 10]) }
                    out.append(UInt8(ascii: "["))
                    JSONText.append(row.number, to: &out)
                    out.append(UInt8(ascii: ","))
                    JSONText.append(displayNumber(row.number), to: &out)
                    out.append(UInt8(ascii: ","))
                    out += String(row.page).utf8
                    out.append(UInt8(ascii: ","))
                    JSONText.append(row.shown, to: &out)
                    out.append(UInt8(ascii: "]"))
                }
                out += Self.scriptEnd.utf8
                return String(decoding: out, as: UTF8.self)
            })
    }

    static func scriptStart(_ key: String) -> String { "portdashShard(\"inventory\",\(JSONText.string(key)),[\n" }
    static let scriptEnd = "]);\n"

    static func script(_ key: String, _ rows: [String]) -> String { scriptStart(key) + rows.joined(separator: ",\n") + scriptEnd }

    /// The last number shard and every name shard.
    public mutating func finish() -> [Shard] {
        var out: [Shard] = []
        if let last = flushNumbers() { out.append(last) }
        var byKey: [String: [String]] = [:]
        for (name, pages) in names {
            let keys = Set(name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "'" }).map(Self.nameKey))
            let row = "[\(JSONText.string(name)),[\(pages.map(String.init).joined(separator: ","))]]"
            for key in keys { byKey["u-" + key, default: []].append(row) }
        }
        for (key, rows) in byKey.sorted(by: { $0.key < $1.key }) {
            let sorted = rows.sorted()
            var print = Fingerprinter()
            for row in sorted { print.add(row) }
            out.append(Shard(path: Self.path(key), fingerprint: print.hex, text: { Self.script(key, sorted) }))
        }
        return out
    }
}
