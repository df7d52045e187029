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

    /// Adds a number as its decimal text would be added (`String(number)`), without making the text.
    public mutating func add(_ number: Int64?) {
        guard let number else { return mix(0x1e) }
        if number < 0 { mix(UInt8(ascii: "-")) }
        mixDigits(number.magnitude, radix: 10)
        mix(0x1f)
    }

    public mutating func add(_ flag: Bool) { add(flag ? "1" : "0") }

    /// Adds a number as its hex text would be added (`String(other, radix: 16)`), without making the text.
    public mutating func add(_ other: UInt64) {
        mixDigits(other, radix: 16)
        mix(0x1f)
    }

    /// Mixes the digits of `number` in `radix` (10 or 16, lowercase, no leading zeros), most
    /// significant first.
    mutating func mixDigits(_ number: UInt64, radix: UInt64) {
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 20 digits at most, as bytes, least significant first
        var count = 0
        var rest = number
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = Self.digitBytes[Int(rest % radix)]
                rest /= radix
                count += 1
            } while rest > 0
            for i in stride(from: count - 1, through: 0, by: -1) { mix(buffer[i]) }
        }
    }

    static let digitBytes: [UInt8] = Array("0123456789abcdef".utf8)

    /// The hash as 16 hex digits.
    public var hex: String {
        String(unsafeUninitializedCapacity: 16) { buffer in
            var rest = value
            for i in stride(from: 15, through: 0, by: -1) {
                buffer[i] = Self.digitBytes[Int(rest & 0xf)]
                rest >>= 4
            }
            return 16
        }
    }
}
