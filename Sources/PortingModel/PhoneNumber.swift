/// A phone number in E.164 form (`+14085550100`), validated.
///
/// North American numbers (country code 1) must also follow the NANP rules: the area code and the
/// exchange start with 2-9, and the exchange is not an N11 service code.
public struct PhoneNumber: Hashable, Sendable, Comparable {
    /// The E.164 text: a plus and 2 to 15 digits.
    public let e164: String

    /// Parses E.164 text, throwing a reason when it is not valid.
    public init(e164 text: String) throws(PhoneNumberError) {
        try Self.validate(text)
        self.e164 = text
    }

    /// Parses E.164 text, or returns nil.
    public init?(_ text: String) {
        guard (try? Self.validate(text)) != nil else { return nil }
        self.e164 = text
    }

    /// The digits after the plus.
    public var digits: Substring { e164.dropFirst() }

    /// Whether this is a North American Numbering Plan number.
    public var isNANP: Bool { e164.hasPrefix("+1") && e164.utf8.count == 12 }

    public static func < (lhs: PhoneNumber, rhs: PhoneNumber) -> Bool { lhs.e164 < rhs.e164 }

    static func validate(_ text: String) throws(PhoneNumberError) {
        var text = text
        let problem: PhoneNumberError? = text.withUTF8 { bytes in
            do throws(PhoneNumberError) {
                try validate(bytes)
                return nil
            } catch {
                return error
            }
        }
        if let problem { throw problem }
    }

    /// The same checks over the text's UTF-8 bytes.
    static func validate(_ bytes: UnsafeBufferPointer<UInt8>) throws(PhoneNumberError) {
        guard !bytes.isEmpty else { throw .empty }
        guard bytes[0] == UInt8(ascii: "+") else { throw .missingPlus }
        let digits = bytes.dropFirst()
        guard !digits.isEmpty else { throw .tooShort }
        for byte in digits where !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
            throw .notADigit
        }
        guard digits.count <= 15 else { throw .tooLong }
        guard digits.count >= 7 else { throw .tooShort }
        guard digits.first != UInt8(ascii: "0") else { throw .leadingZero }
        if digits.first == UInt8(ascii: "1") {
            try validateNANP(digits.dropFirst())
        }
    }

    static func validateNANP(_ national: Slice<UnsafeBufferPointer<UInt8>>) throws(PhoneNumberError) {
        guard national.count == 10 else { throw .nanpLength }
        let two = UInt8(ascii: "2"), at = national.startIndex
        guard national[at] >= two else { throw .nanpAreaCode }
        guard national[at + 3] >= two else { throw .nanpExchange }
        if national[at + 4] == UInt8(ascii: "1") && national[at + 5] == UInt8(ascii: "1") { throw .nanpExchange }
    }
}

/// Why a text is not a valid E.164 phone number.
public enum PhoneNumberError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty, missingPlus, notADigit, tooLong, tooShort, leadingZero, nanpLength, nanpAreaCode, nanpExchange

    public var description: String {
        switch self {
        case .empty: return "is empty"
        case .missingPlus: return "does not start with +"
        case .notADigit: return "has characters other than digits after the +"
        case .tooLong: return "has more than 15 digits"
        case .tooShort: return "has fewer than 7 digits"
        case .leadingZero: return "has a country code starting with 0"
        case .nanpLength: return "is a +1 number without exactly 10 national digits"
        case .nanpAreaCode: return "has a North American area code that does not start with 2-9"
        case .nanpExchange: return "has a North American exchange that starts with 0 or 1 or is N11"
        }
    }
}
