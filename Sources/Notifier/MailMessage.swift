import Foundation
import PortingModel

/// An email as RFC 5322 text: headers (non-ASCII encoded per RFC 2047, line breaks removed so data can
/// never add a header) and a multipart/alternative body with plain text and HTML.
public struct MailMessage: Sendable, Equatable {
    public var from: String
    public var to: String
    public var subject: String
    /// Seconds since 1970, for the Date header.
    public var date: Int64
    public var messageId: String
    public var text: String
    public var html: String

    public init(from: String, to: String, subject: String, date: Int64, messageId: String, text: String, html: String) {
        self.from = from
        self.to = to
        self.subject = subject
        self.date = date
        self.messageId = messageId
        self.text = text
        self.html = html
    }

    /// A header value on one line: CR, LF and other control characters become spaces.
    static func oneLine(_ value: String) -> String {
        String(value.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F || $0 == "\u{2028}" || $0 == "\u{2029}" ? " " : Character($0) })
    }

    /// RFC 2047 encoded word when the value is not plain ASCII.
    static func encoded(_ value: String) -> String {
        let line = oneLine(value)
        guard line.unicodeScalars.contains(where: { $0.value > 0x7E }) else { return line }
        return "=?UTF-8?B?" + Data(line.utf8).base64EncodedString() + "?="
    }

    static func rfc2822(_ seconds: Int64) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    /// The message as sendmail reads it (`sendmail -t`): headers, a blank line, the body; CRLF line ends.
    public var rendered: String {
        var hasher = Fingerprinter()
        hasher.add(messageId)
        let boundary = "portdash-" + hasher.hex
        let lines = [
            "From: \(Self.oneLine(from))", "To: \(Self.oneLine(to))", "Subject: \(Self.encoded(subject))", "Date: \(Self.rfc2822(date))",
            "Message-ID: <\(Self.oneLine(messageId))>", "MIME-Version: 1.0", "Auto-Submitted: auto-generated",
            "Content-Type: multipart/alternative; boundary=\"\(boundary)\"", "",
            "--\(boundary)", "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64", "",
            Self.wrapped(Data(text.utf8).base64EncodedString()),
            "--\(boundary)", "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: base64", "",
            Self.wrapped(Data(html.utf8).base64EncodedString()),
            "--\(boundary)--", "",
        ]
        return lines.joined(separator: "\r\n")
    }

    static func wrapped(_ base64: String) -> String {
        var out: [Substring] = []
        var rest = Substring(base64)
        while !rest.isEmpty {
            out.append(rest.prefix(76))
            rest = rest.dropFirst(76)
        }
        return out.joined(separator: "\r\n")
    }

    /// Whether an address can be mailed: one `@`, a dot in the domain, nothing that could break a header.
    public static func isValid(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
            address.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F && !"<>()[],;:\\\"".unicodeScalars.contains($0) })
        else { return false }
        return true
    }
}
