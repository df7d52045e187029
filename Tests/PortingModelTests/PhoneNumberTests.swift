import PortingModel
import Testing

@Suite("Phone numbers")
struct PhoneNumberTests {
    @Test("valid E.164 numbers parse", arguments: ["+14085550100", "+442079460958", "+33142685300", "+8613800138000", "+12125550199"])
    func valid(_ text: String) throws {
        #expect(try PhoneNumber(e164: text).e164 == text)
    }

    @Test(
        "invalid numbers give their reason",
        arguments: [
            ("", PhoneNumberError.empty),
            ("14085550100", .missingPlus),
            ("+1 408 555 0100", .notADigit),
            ("+1408555O100", .notADigit),
            ("+1234567890123456", .tooLong),
            ("+", .tooShort),
            ("+12345", .tooShort),
            ("+04085550100", .leadingZero),
            ("+1408555010", .nanpLength),
            ("+11085550100", .nanpAreaCode),
            ("+14081550100", .nanpExchange),
            ("+14084110100", .nanpExchange),
        ])
    func invalid(_ text: String, _ reason: PhoneNumberError) {
        #expect(throws: reason) { try PhoneNumber(e164: text) }
        #expect(PhoneNumber(text) == nil)
    }

    @Test("North American numbers display as (NPA) NXX-XXXX and NPA-NXX-XXXX")
    func nanpFormat() throws {
        let number = try PhoneNumber(e164: "+14085550100")
        #expect(number.display == "(408) 555-0100")
        #expect(number.dashed == "408-555-0100")
    }

    @Test(
        "other numbers display as grouped E.164",
        arguments: [
            ("+442079460958", "+44 207 946 0958"),
            ("+33142685300", "+33 142 685 300"),
            ("+8613800138000", "+86 138 001 38 000"),
            ("+35312345678", "+353 123 45 678"),
        ])
    func internationalFormat(_ text: String, _ expected: String) throws {
        #expect(try PhoneNumber(e164: text).display == expected)
    }

    @Test("displayNumber shows invalid stored text unchanged")
    func displayInvalid() {
        #expect(displayNumber("+14085550100") == "(408) 555-0100")
        #expect(displayNumber("555 0100") == "555 0100")
        #expect(displayNumber(nil) == "")
    }

    @Test(
        "displayNumber's and dashedNumber's one-pass North American layouts agree with PhoneNumber's, valid or not",
        arguments: [
            "+14085550100", "+12025550199", "+11085550100", "+14081115555", "+14080550100", "+1408555010", "+140855501000",
            "+1408555010x", "x14085550100", "+24085550100", "+1408 555 01", "+1４085550100", "+441234567890", "",
        ])
    func displayFastPath(_ text: String) {
        #expect(displayNumber(text) == (PhoneNumber(text)?.display ?? text))
        #expect(dashedNumber(text) == (PhoneNumber(text)?.dashed ?? text))
    }
}
