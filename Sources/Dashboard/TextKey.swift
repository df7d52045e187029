/// A key of the search's text shards (`t-` and three lower-case ASCII letters or digits, see
/// `SiteSearch.textKeyLength`) packed in a number: a rebuild reads one list of them per order
/// (`OrderFacts`) and compares them with a few changed keys, without making a string of each.
public enum TextKey {
    /// Stands for a key that does not pack (a text shard key is always three lower-case ASCII
    /// letters or digits; this keeps an order whose key was not one in every filter): `t-???`.
    public static let unknown: UInt32 = 0

    /// The key packed, or nil when it is not a text shard key.
    public static func pack(_ key: String) -> UInt32? {
        var key = key
        return key.withUTF8 { pack($0) }
    }

    /// The key in `bytes` packed, or nil when they are not a text shard key.
    public static func pack(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard bytes.count == SiteSearch.textKeyLength + 2, bytes[0] == UInt8(ascii: "t"), bytes[1] == UInt8(ascii: "-") else { return nil }
        if bytes[2...].allSatisfy({ $0 == UInt8(ascii: "?") }) { return unknown }
        var out: UInt32 = 0
        for byte in bytes[2...] {
            guard (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) else { return nil }
            out = out << 8 | UInt32(byte)
        }
        return out
    }

    /// The keys of a list separated by spaces, packed; nil when one is not a text shard key.
    public static func packList(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt32]? {
        var out: [UInt32] = []
        var start = 0
        for end in 0...bytes.count where end == bytes.count || bytes[end] == UInt8(ascii: " ") {
            defer { start = end + 1 }
            if end == start { continue }
            guard let key = pack(UnsafeBufferPointer(rebasing: bytes[start..<end])) else { return nil }
            out.append(key)
        }
        return out
    }

    /// The key a number packs.
    public static func string(_ packed: UInt32) -> String {
        if packed == unknown { return "t-" + String(repeating: "?", count: SiteSearch.textKeyLength) }
        return String(unsafeUninitializedCapacity: SiteSearch.textKeyLength + 2) { out in
            out[0] = UInt8(ascii: "t")
            out[1] = UInt8(ascii: "-")
            for i in 0..<SiteSearch.textKeyLength { out[2 + i] = UInt8(truncatingIfNeeded: packed >> (8 * UInt32(SiteSearch.textKeyLength - 1 - i))) }
            return SiteSearch.textKeyLength + 2
        }
    }
}
