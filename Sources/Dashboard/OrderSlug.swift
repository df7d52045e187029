import PortingModel

/// Safe, unique, stable page names for order ids, whatever the ids contain.
///
/// Ids made of upper-case letters, digits, `.`, `_` and `-` (starting with a letter or digit, at most
/// 64 characters) map to their lower-case form (`PO-10001` → `po-10001`, the page
/// `orders/po-10001.html`). Any other id (lower-case letters, `/`, `..`, `%`, spaces, very long) gets
/// a safe form plus a hash of its exact bytes, so ids that differ only by case never share a page,
/// even on a case-insensitive disk. An id whose name would be `index` or `page-<n>` gets the hashed
/// form too, so no order page can take the name of a page of the orders list (`orders/index.html`,
/// `orders/page-2.html`), which shares its folder.
public enum OrderSlug {
    public static func make(_ id: String) -> String {
        // Read in place: every build makes the slug of every order id.
        var id = id
        if let clean = id.withUTF8(cleanForm) { return clean }
        let bytes = Array(id.utf8)
        var safe = ""
        for byte in bytes.prefix(48) {
            switch byte {
            case 48...57, 97...122: safe.append(Character(UnicodeScalar(byte)))
            case 65...90: safe.append(Character(UnicodeScalar(byte + 32)))
            default: if !safe.hasSuffix("-") && !safe.isEmpty { safe.append("-") }
            }
        }
        while safe.hasSuffix("-") { safe.removeLast() }
        return (safe.isEmpty ? "order" : safe) + "-" + hash(bytes)
    }

    /// The lower-case form of a clean id (see the type's notes), or nil when the id is not clean.
    static func cleanForm(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard !bytes.isEmpty, bytes.count <= 64, isAlnumUpper(bytes[0]),
            bytes.allSatisfy({ isAlnumUpper($0) || $0 == 46 || $0 == 95 || $0 == 45 }), !namesAListPage(bytes)
        else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            for (i, byte) in bytes.enumerated() { out[i] = (65...90).contains(byte) ? byte + 32 : byte }
            return bytes.count
        }
    }

    /// `INDEX` or `PAGE-<digits>`: the name of a page of the orders list once lower-cased.
    static func namesAListPage(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if bytes.elementsEqual("INDEX".utf8) { return true }
        return bytes.count > pagePrefix.count && bytes.starts(with: pagePrefix)
            && bytes.dropFirst(pagePrefix.count).allSatisfy { (48...57).contains($0) }
    }

    static let pagePrefix = Array("PAGE-".utf8)

    static func isAlnumUpper(_ b: UInt8) -> Bool { (48...57).contains(b) || (65...90).contains(b) }

    /// FNV-1a 64-bit (the project's one hash), as 12 hex digits.
    static func hash(_ bytes: [UInt8]) -> String {
        let hex = String(Fingerprinter.hash(bytes) >> 16, radix: 16)
        return String(repeating: "0", count: 12 - hex.count) + hex
    }
}
