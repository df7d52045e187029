import Foundation
import PortingModel

/// The index of the search box in every page's header: small shard scripts under `search/`, so a
/// query loads one shard (a few kilobytes to a few hundred) whatever the size of the site, from a
/// web server or from file:// alike.
///
/// - Numbers (on orders, BTNs, temporary numbers) go to `search/n-<key>.js`, keyed by their first
///   eight digits (North American numbers: `1`, area code, exchange and the next digit), so no shard
///   holds more than 1,000 numbers' entries; inventory numbers are in the inventory's own shards,
///   keyed the same way.
/// - Order ids and customer and owner names go to `search/t-<key>.js`, keyed by the first three
///   letters or digits of each word (diacritics folded, lower case).
public struct SiteSearch: Sendable {
    public static let folder = "search"
    /// Digits in a number shard's key.
    public static let numberKeyLength = 8
    /// Characters in a text shard's key; shorter words are matched but are not keys.
    public static let textKeyLength = 3
    /// The key of the shard of numbers that are not E.164.
    public static let otherKey = "n-other"

    /// A finished shard: its path, a fingerprint of what it lists, and its script text on demand.
    public struct Shard {
        public let path: String
        public let fingerprint: String
        public let text: @Sendable () -> String
    }

    let index: SiteIndex
    let display: Display
    var currentKey: String?
    var currentItems: [SearchNumber] = []
    var currentPrint = Fingerprinter()
    var otherItems: [SearchNumber] = []
    var texts: [String: [String]] = [:]
    /// When set, the text shards made are only these (keys): a rebuild that keeps the others
    /// (`add(_:)` adds an order's row to these of its keys only).
    public var onlyTextKeys: Set<String>?

    public init(index: SiteIndex, display: Display) {
        self.index = index
        self.display = display
    }

    public static func path(_ key: String) -> String { "\(folder)/\(key).js" }

    /// The shard key of a number: `n-` and its first eight digits, or nil when it is not E.164.
    public static func numberKey(_ text: String) -> String? {
        var text = text
        // In place, and made straight into a small string: every number of every order and of the
        // inventory asks for its key.
        return text.withUTF8 { bytes in
            guard bytes.count >= numberKeyLength + 1, bytes.count <= 16, bytes[0] == UInt8(ascii: "+"), bytes[1] != UInt8(ascii: "0"),
                bytes.dropFirst().allSatisfy({ $0 >= 48 && $0 <= 57 })
            else { return nil }
            return String(unsafeUninitializedCapacity: numberKeyLength + 2) { out in
                out[0] = UInt8(ascii: "n")
                out[1] = UInt8(ascii: "-")
                for i in 0..<numberKeyLength { out[2 + i] = bytes[1 + i] }
                return numberKeyLength + 2
            }
        }
    }

    /// The words of a text as the search matches them: lower case, diacritics folded, letters and digits.
    public static func words(_ text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(text) }
        // Folded, the text's letters and digits are ASCII: `asciiWords` splits it and lowercases them.
        if let folded = LatinFold.fold(text) { return asciiWords(folded) }
        return foundationWords(text)
    }

    /// `words` through Foundation's folding of the whole text.
    static func foundationWords(_ text: String) -> [String] {
        LatinFold.foundationFold(text).split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
    }

    /// The locale `words` folds in: made once (making one per call cost more than the folding).
    static let posix = Locale(identifier: "en_US_POSIX")

    /// `words` of ASCII text, where folding changes nothing but case: without Foundation.
    static func asciiWords(_ text: String) -> [String] {
        var out: [String] = []
        var text = text
        text.withUTF8 { bytes in
            var start: Int?
            func flush(_ end: Int) {
                guard let from = start else { return }
                let word = UnsafeBufferPointer(rebasing: bytes[from..<end])
                out.append(
                    String(unsafeUninitializedCapacity: word.count) { buffer in
                        for (i, byte) in word.enumerated() { buffer[i] = byte >= 65 && byte <= 90 ? byte + 32 : byte }
                        return word.count
                    })
                start = nil
            }
            for i in 0..<bytes.count {
                switch bytes[i] {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    if start == nil { start = i }
                default: flush(i)
                }
            }
            flush(bytes.count)
        }
        return out
    }

    /// The keys of the text shards an order's row goes to (`add(_:)`), in the order it adds them.
    public static func textKeys(of order: Order, display: Display) -> [String] {
        let (customer, owner) = names(order, display: display)
        var joined: [UInt8] = [], keys: [String] = []
        joined.reserveCapacity(64)
        for text in [order.id, customer, owner] { addWords(text, to: &joined, keys: &keys) }
        return keys
    }

    /// The customer and owner names an order's row shows.
    static func names(_ order: Order, display: Display) -> (customer: String, owner: String) {
        (display.name(order.businessName ?? order.ownerName), order.businessName == nil ? "" : display.name(order.ownerName))
    }

    /// Adds one order's id and names to the text index.
    public mutating func add(_ order: Order) {
        let (customer, owner) = Self.names(order, display: display)
        // The row is made as bytes and made a string once: a cold build makes one per order.
        var joined: [UInt8] = [], label: [UInt8] = [], keys: [String] = []
        joined.reserveCapacity(64)
        for text in [order.id, customer, owner] { Self.addWords(text, to: &joined, keys: &keys) }
        if let only = onlyTextKeys { keys.removeAll { !only.contains($0) } }
        if keys.isEmpty { return }
        for part in [order.id, customer, owner] where !part.isEmpty {
            if !label.isEmpty { label += " · ".utf8 }
            label += part.utf8
        }
        let status = OrderStatus(rawValue: order.status)?.label ?? order.status
        var bytes: [UInt8] = [UInt8(ascii: "[")]
        bytes.reserveCapacity(joined.count + label.count + 64)
        joined.withUnsafeBufferPointer { JSONText.append(utf8: $0, to: &bytes) }
        bytes.append(UInt8(ascii: ","))
        label.withUnsafeBufferPointer { JSONText.append(utf8: $0, to: &bytes) }
        bytes.append(UInt8(ascii: ","))
        JSONText.append(index.orderPath(order.id), to: &bytes)
        bytes.append(UInt8(ascii: ","))
        JSONText.append(status, to: &bytes)
        bytes.append(UInt8(ascii: "]"))
        let row = String(decoding: bytes, as: UTF8.self)
        for key in keys { texts[key, default: []].append(row) }
    }

    /// Appends the `words` of `text` to `joined`, each after a space unless `joined` is empty, and
    /// the text shard key of each word long enough to have one (`t-` and its first letters) to
    /// `keys` unless it is there. ASCII text is split and lowercased straight into `joined`.
    static func addWords(_ text: String, to joined: inout [UInt8], keys: inout [String]) {
        // Words are ASCII letters and digits (`words`), so a key is the first bytes of its word.
        func addKey(wordAt start: Int) {
            guard joined.count - start >= textKeyLength else { return }
            let key = String(unsafeUninitializedCapacity: textKeyLength + 2) { out in
                out[0] = UInt8(ascii: "t")
                out[1] = UInt8(ascii: "-")
                for i in 0..<textKeyLength { out[2 + i] = joined[start + i] }
                return textKeyLength + 2
            }
            if !keys.contains(key) { keys.append(key) }
        }
        var text = text
        let done = text.withUTF8 { bytes -> Bool in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
            var start: Int?  // where the word being read starts in `joined`
            for byte in bytes {
                var lower = byte
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): break
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): lower = byte + 32
                default:
                    if let begun = start { addKey(wordAt: begun) }
                    start = nil
                    continue
                }
                if start == nil {
                    if !joined.isEmpty { joined.append(UInt8(ascii: " ")) }
                    start = joined.count
                }
                joined.append(lower)
            }
            if let begun = start { addKey(wordAt: begun) }
            return true
        }
        if done { return }
        for word in words(text) {
            if !joined.isEmpty { joined.append(UInt8(ascii: " ")) }
            let start = joined.count
            joined += word.utf8
            addKey(wordAt: start)
        }
    }

    /// Adds one number (they arrive in number order); returns a shard when one is complete. Only
    /// the raw values are kept and fingerprinted: rows are formatted when a shard must be written.
    public mutating func add(_ item: SearchNumber) -> Shard? {
        guard let key = Self.numberKey(item.number) else {
            otherItems.append(item)
            return nil
        }
        var finished: Shard?
        if key != currentKey { finished = flushNumbers() }
        currentKey = key
        currentItems.append(item)
        Self.addPrint(item, to: &currentPrint)
        return finished
    }

    static func addPrint(_ item: SearchNumber, to print: inout Fingerprinter) {
        for text in [item.number, item.kind.rawValue, item.orderId, item.detail] { print.add(text) }
    }

    /// The number shard `key` of `items` (all of its numbers, in number order), exactly as `add`
    /// and `finish` make it from the whole stream; nil when there are none.
    public func numberShard(_ key: String, items: [SearchNumber]) -> Shard? {
        guard !items.isEmpty else { return nil }
        var print = Fingerprinter()
        for item in items { Self.addPrint(item, to: &print) }
        return numberShard(key, items, fingerprint: print.hex)
    }

    /// The text shards: order ids and names.
    public func textShards() -> [Shard] {
        texts.sorted(by: { $0.key < $1.key }).map { Self.shard($0.key, $0.value) }
    }

    /// Appends a number's row: digits, display form, its order's page and what it is there.
    /// `last` holds the order and detail of the row before, and their JSON: numbers next to each
    /// other are mostly on one order, so each run's path and detail are made once.
    func appendNumberRow(_ item: SearchNumber, to out: inout [UInt8], last: inout NumberRowMemo) {
        out.append(UInt8(ascii: "["))
        JSONText.append(numericCharacters(item.number), to: &out)
        out.append(UInt8(ascii: ","))
        JSONText.append(displayNumber(item.number), to: &out)
        out.append(UInt8(ascii: ","))
        if last.orderId != item.orderId {
            last.orderId = item.orderId
            last.pathJSON.removeAll(keepingCapacity: true)
            JSONText.append(index.orderPath(item.orderId), to: &last.pathJSON)
            last.kind = nil
        }
        out += last.pathJSON
        out.append(UInt8(ascii: ","))
        if last.kind != item.kind || last.detail != item.detail {
            let detail: String
            switch item.kind {
            case .onOrder: detail = "on order \(item.orderId) · " + (NumberStatus(rawValue: item.detail)?.label ?? item.detail)
            case .btn: detail = "BTN of order \(item.orderId)"
            case .temporary: detail = "temporary number for \(displayNumber(item.detail)) on order \(item.orderId)"
            }
            (last.kind, last.detail) = (item.kind, item.detail)
            last.detailJSON.removeAll(keepingCapacity: true)
            JSONText.append(detail, to: &last.detailJSON)
        }
        out += last.detailJSON
        out.append(UInt8(ascii: "]"))
    }

    /// The order and detail of the row last appended, and their JSON (see `appendNumberRow`).
    struct NumberRowMemo {
        var orderId: String?
        var pathJSON: [UInt8] = []
        var kind: SearchNumber.Kind?
        var detail = ""
        var detailJSON: [UInt8] = []
    }

    /// A number shard's script: as `script` makes it from each item's row, written in one buffer
    /// of bytes (appending to a string checks its storage on every piece).
    func numberScript(_ key: String, _ items: [SearchNumber]) -> String {
        var out = Array(Self.scriptStart(key).utf8)
        out.reserveCapacity(out.count + items.count * 96 + 8)
        var last = NumberRowMemo()
        for (i, item) in items.enumerated() {
            if i > 0 { out.append(contentsOf: [UInt8(ascii: ","), 10]) }
            appendNumberRow(item, to: &out, last: &last)
        }
        out += Self.scriptEnd.utf8
        return String(decoding: out, as: UTF8.self)
    }

    mutating func flushNumbers() -> Shard? {
        guard let key = currentKey, !currentItems.isEmpty else { return nil }
        defer {
            currentItems.removeAll(keepingCapacity: true)
            currentPrint = Fingerprinter()
        }
        return numberShard(key, currentItems, fingerprint: currentPrint.hex)
    }

    func numberShard(_ key: String, _ items: [SearchNumber], fingerprint: String) -> Shard {
        let search = self
        return Shard(path: Self.path(key), fingerprint: fingerprint) { search.numberScript(key, items) }
    }

    static func shard(_ key: String, _ rows: [String]) -> Shard {
        var print = Fingerprinter()
        for row in rows { print.add(row) }
        return Shard(path: path(key), fingerprint: print.hex) { script(key, rows) }
    }

    static func script(_ key: String, _ rows: [String]) -> String { scriptStart(key) + rows.joined(separator: ",\n") + scriptEnd }
    static func scriptStart(_ key: String) -> String { "portdashShard(\"site\"," + JSONText.string(key) + ",[\n" }
    static let scriptEnd = "]);\n"

    /// The last number shard, the shard of numbers that are not E.164, and every text shard.
    public mutating func finish() -> [Shard] {
        var out: [Shard] = []
        if let last = flushNumbers() { out.append(last) }
        if let other = numberShard(Self.otherKey, items: otherItems) { out.append(other) }
        return out + textShards()
    }
}
