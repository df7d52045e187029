import Glibc

/// Comparing texts as their UTF-8 bytes, which is SQLite's BINARY collation: what `ORDER BY` on a
/// text column sorts by, whatever the texts contain. By `memcmp`, not a walk over `String.UTF8View`
/// (a generic loop of about ten instructions a byte, run for every row of every merged table).
extension String {
    /// Whether the two texts have the same UTF-8 bytes (not `==`, which equates canonically
    /// equivalent texts with different bytes).
    public func sameBytes(as other: String) -> Bool {
        utf8.count == other.utf8.count && byteOrder(other) == 0
    }

    /// Whether this text's UTF-8 bytes sort before `other`'s.
    public func bytesPrecede(_ other: String) -> Bool { byteOrder(other) < 0 }

    /// Negative, zero or positive as this text's UTF-8 bytes sort before, with or after `other`'s.
    public func byteOrder(_ other: String) -> Int {
        var (a, b) = (self, other)
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let shared = min(x.count, y.count)
                if shared > 0, let p = x.baseAddress, let q = y.baseAddress {
                    let order = memcmp(p, q, shared)
                    if order != 0 { return Int(order) }
                }
                return x.count - y.count
            }
        }
    }
}
