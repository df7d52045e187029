import Foundation

/// HTTP dates (`Sun, 29 Nov 2026 07:31:02 GMT`), for Last-Modified and If-Modified-Since.
enum HTTPDate {
    static func formatter() -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter
    }

    static func format(_ seconds: Int) -> String {
        formatter().string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }

    static func parse(_ text: String) -> Int? {
        formatter().date(from: text).map { Int($0.timeIntervalSince1970) }
    }
}
