extension PhoneNumber {
    /// The number as people read it: `(408) 555-0100` in North America, grouped E.164 elsewhere
    /// (`+44 207 946 0958`).
    public var display: String {
        if isNANP {
            return nanp(Self.displayPattern)
        }
        let d = Array(digits)
        let ccLength = Self.countryCodeLength(d)
        var parts = ["+" + String(d[0..<ccLength])]
        var rest = Array(d[ccLength...])
        while rest.count > 4 {
            let take = rest.count == 5 ? 2 : 3
            parts.append(String(rest[0..<take]))
            rest.removeFirst(take)
        }
        if !rest.isEmpty { parts.append(String(rest)) }
        return parts.joined(separator: " ")
    }

    /// The number as an LOA lists it: `408-555-0100` (NPA-NXX-XXXX) in North America, else `display`.
    public var dashed: String {
        guard isNANP else { return display }
        return nanp(Self.dashedPattern)
    }

    /// How a North American number (`+1NPANXXXXXX`) is laid out: below 16, the index of a byte of
    /// `e164`; from 32 up, that byte itself. `(NPA) NXX-XXXX` and `NPA-NXX-XXXX`.
    static let displayPattern: [UInt8] = [40, 2, 3, 4, 41, 32, 5, 6, 7, 45, 8, 9, 10, 11]
    static let dashedPattern: [UInt8] = [2, 3, 4, 45, 5, 6, 7, 45, 8, 9, 10, 11]

    func nanp(_ pattern: [UInt8]) -> String {
        var text = e164
        return text.withUTF8 { Self.layOut($0, pattern) }
    }

    /// The twelve bytes of a North American `+1NPANXXXXXX` laid out by `pattern`.
    static func layOut(_ bytes: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8]) -> String {
        String(unsafeUninitializedCapacity: pattern.count) { out in
            for (i, p) in pattern.enumerated() { out[i] = p < 16 ? bytes[Int(p)] : p }
            return pattern.count
        }
    }

    /// Country codes of one and two digits (ITU-T E.164 assignments); all others have three.
    static let shortCountryCodes: Set<String> = [
        "1", "7", "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46",
        "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63", "64", "65",
        "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98",
    ]

    static func countryCodeLength(_ d: [Character]) -> Int {
        if shortCountryCodes.contains(String(d[0])) { return 1 }
        if d.count > 2, shortCountryCodes.contains(String(d[0...1])) { return 2 }
        return min(3, d.count - 1)
    }
}

/// Formats a stored number for display: valid numbers formatted, anything else shown as stored.
public func displayNumber(_ text: String?) -> String {
    guard let text, !text.isEmpty else { return "" }
    return PhoneNumber.laidOutNANP(text, PhoneNumber.displayPattern) ?? PhoneNumber(text)?.display ?? text
}

/// Formats a stored number as an LOA lists it (`PhoneNumber.dashed`); anything else as stored.
public func dashedNumber(_ text: String) -> String {
    PhoneNumber.laidOutNANP(text, PhoneNumber.dashedPattern) ?? PhoneNumber(text)?.dashed ?? text
}

extension PhoneNumber {
    /// A valid North American number laid out by `pattern` (see `displayPattern`), checked and laid
    /// out in one pass over its bytes; nil for anything else. Pages, LOAs, search shards and exports
    /// show a million of them.
    static func laidOutNANP(_ text: String, _ pattern: [UInt8]) -> String? {
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count == 12, bytes[1] == UInt8(ascii: "1") else { return nil }
            do throws(PhoneNumberError) { try validate(bytes) } catch { return nil }
            return layOut(bytes, pattern)
        }
    }
}

/// The numeric characters of `text` (`Character.isNumber`), in order; ASCII text without a scan
/// of Characters.
public func numericCharacters(_ text: String) -> String {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.filter(\.isNumber) }
    // Straight into the string's storage: no array between (and none at all for up to 15 digits).
    return String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
        var count = 0
        for byte in text.utf8 where byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
            buffer[count] = byte
            count += 1
        }
        return count
    }
}
