/// A 64-bit FNV-1a hash of a page's inputs, so a rebuild can tell which pages need rendering.
/// Each value is followed by a separator, so `("ab", "c")` and `("a", "bc")` differ.
///
/// The project's one hash: page fingerprints, the theme's fingerprint and order folder names all use it.
public struct Fingerprinter: Sendable {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    public private(set) var value: UInt64 = offsetBasis

    public init() {}

    /// Plain FNV-1a of `bytes`, with no separator.
    public static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hasher = Fingerprinter()
        hasher.mix(bytes)
        return hasher.value
    }

    mutating func mix(_ bytes: some Sequence<UInt8>) {
        var value = self.value
        let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            for byte in buffer { value = (value ^ UInt64(byte)) &* Self.prime }
        }
        if done == nil { for byte in bytes { value = (value ^ UInt64(byte)) &* Self.prime } }
        self.value = value
    }

    mutating func mix(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* Self.prime
    }

    public mutating func add(_ text: String?) {
        if let text {
            mix(text.utf8)
            mix(0x1f)
        } else {
            mix(0x1e)
        }
    }

    /// Adds raw bytes (a file's contents), followed by a separator.
    public mutating func add(bytes: some Sequence<UInt8>) {
        mix(bytes)
        mix(0x1f)
    }

    public mutating func add(_ number: Int64?) { add(number.map { String($0) }) }

    public mutating func add(_ flag: Bool) { add(flag ? "1" : "0") }

    public mutating func add(_ other: UInt64) { add(String(other, radix: 16)) }

    /// The hash as 16 hex digits.
    public var hex: String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
