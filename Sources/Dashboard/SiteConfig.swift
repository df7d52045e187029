import Foundation
import PortingModel

/// The site's settings, from `portdash.json` and then built-in defaults.
public struct SiteConfig: Codable, Sendable, Equatable {
    /// Shown in every page's header and title.
    public var title = "Number porting"
    /// The new provider's name: the LOA appoints it as agent.
    public var provider = "NewTel Communications"
    /// IANA time zone for displayed times (the data is UTC).
    public var timeZone = "UTC"
    /// Numbers per inventory page.
    public var inventoryPageSize = 500
    /// Mask the account number on LOA pages too (it is always masked elsewhere).
    public var maskAccountOnLoa = false
    /// Mask names, addresses and emails, for dashboards shown to a wider audience.
    public var redact = false
    /// The "as of" time (ISO 8601 UTC); when nil, the latest time in the data.
    public var asOf: String?
    /// Dates (`2026-12-25`) that are not business days, for the carrier and aging figures.
    public var holidays: [String] = []
    /// The site's address (`https://portdash.example.com/dashboards/`): feeds and emails need
    /// absolute links, so without it no feed is written and emails carry no link.
    public var baseURL: String?
    /// `portdash notify`: the sendmail-compatible command (`/usr/sbin/sendmail -t`) and the sender.
    public var sendmail: String?
    public var mailFrom: String?
    /// Defaults for the command line.
    public var database: String?
    public var output: String?
    public var theme: String?

    public init() {}

    /// The business-day calendar of `holidays` (checked by `check`).
    public var calendar: BusinessCalendar {
        BusinessCalendar(holidays: holidays.compactMap { Timestamp.day($0) })
    }

    enum CodingKeys: String, CodingKey {
        case title, provider, timeZone, inventoryPageSize, maskAccountOnLoa, redact, asOf, holidays, baseURL, sendmail, mailFrom, database, output,
            theme
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = SiteConfig()
        title = try c.decodeIfPresent(String.self, forKey: .title) ?? d.title
        provider = try c.decodeIfPresent(String.self, forKey: .provider) ?? d.provider
        timeZone = try c.decodeIfPresent(String.self, forKey: .timeZone) ?? d.timeZone
        inventoryPageSize = try c.decodeIfPresent(Int.self, forKey: .inventoryPageSize) ?? d.inventoryPageSize
        maskAccountOnLoa = try c.decodeIfPresent(Bool.self, forKey: .maskAccountOnLoa) ?? d.maskAccountOnLoa
        redact = try c.decodeIfPresent(Bool.self, forKey: .redact) ?? d.redact
        asOf = try c.decodeIfPresent(String.self, forKey: .asOf)
        holidays = try c.decodeIfPresent([String].self, forKey: .holidays) ?? d.holidays
        baseURL = try c.decodeIfPresent(String.self, forKey: .baseURL).map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        sendmail = try c.decodeIfPresent(String.self, forKey: .sendmail)
        mailFrom = try c.decodeIfPresent(String.self, forKey: .mailFrom)
        database = try c.decodeIfPresent(String.self, forKey: .database)
        output = try c.decodeIfPresent(String.self, forKey: .output)
        theme = try c.decodeIfPresent(String.self, forKey: .theme)
    }

    /// Decodes and checks a config file's bytes; `source` names the file in messages.
    public static func decode(_ data: Data, source: String) throws(ConfigError) -> SiteConfig {
        let config: SiteConfig
        do {
            config = try JSONDecoder().decode(SiteConfig.self, from: data)
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            let key = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw ConfigError("config \(source): \(key) has the wrong type (\(context.debugDescription))")
        } catch {
            throw ConfigError("config \(source) is not valid JSON: \(error)")
        }
        try config.check(source: source)
        return config
    }

    /// Checks the values, naming the key at fault.
    public func check(source: String) throws(ConfigError) {
        guard TimeZone(identifier: timeZone) != nil else {
            throw ConfigError("config \(source): timeZone \(quoted(timeZone)) is not an IANA time zone (for example America/Los_Angeles)")
        }
        guard (10...10_000).contains(inventoryPageSize) else {
            throw ConfigError("config \(source): inventoryPageSize must be between 10 and 10000, not \(inventoryPageSize)")
        }
        for holiday in holidays where holiday.utf8.count != 10 || Timestamp.day(holiday) == nil {
            throw ConfigError("config \(source): holidays: \(quoted(holiday)) is not a date (2026-12-25)")
        }
        if let baseURL,
            !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) || baseURL.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" })
        {
            throw ConfigError("config \(source): baseURL \(quoted(baseURL)) is not an absolute http(s) address (https://portdash.example.com/)")
        }
        if let asOf, Timestamp.seconds(asOf) == nil {
            throw ConfigError("config \(source): asOf \(quoted(asOf)) is not an ISO 8601 UTC time (2026-11-20T17:00:00Z)")
        }
    }
}

/// A config file that cannot be used.
public struct ConfigError: Error, ExitStatusProviding, CustomStringConvertible, Equatable {
    public let description: String
    public var exitStatus: ExitStatus { .dataError }

    public init(_ message: String) { description = message }
}
