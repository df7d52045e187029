import PortingModel

/// Atom feeds (RFC 4287) written by hand: stable entry ids (tag URIs), `updated` from the data, so an
/// unchanged entry keeps its bytes; absolute links from the `baseURL` config.
public enum AtomFeed {
    public struct Entry: Sendable {
        public var id: String
        public var title: String
        /// ISO 8601 UTC.
        public var updated: String
        public var link: String
        public var summary: String

        public init(id: String, title: String, updated: String, link: String, summary: String) {
            self.id = id
            self.title = title
            self.updated = updated
            self.link = link
            self.summary = summary
        }
    }

    /// A tag URI (RFC 4151) under the site's host: `tag:portdash.example.com,2026:event-42`.
    public static func tag(_ baseURL: String, _ specific: String) -> String {
        let host = baseURL.split(separator: "/").dropFirst().first.map(String.init) ?? "portdash"
        let clean = specific.unicodeScalars.map { scalar -> String in
            let allowed =
                (scalar.value >= 0x30 && scalar.value <= 0x39) || (scalar.value >= 0x41 && scalar.value <= 0x5A)
                || (scalar.value >= 0x61 && scalar.value <= 0x7A) || "-._~/:".unicodeScalars.contains(scalar)
            return allowed ? String(scalar) : "%" + String(scalar.value, radix: 16, uppercase: true)
        }.joined()
        return "tag:\(host.split(separator: ":").first.map(String.init) ?? host),2026:\(clean)"
    }

    /// The feed document. `updated` is the latest entry's time (or `fallback` when there is none).
    public static func document(id: String, title: String, selfLink: String, siteLink: String, fallback: String, entries: [Entry]) -> String {
        let updated = entries.map(\.updated).max() ?? fallback
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        out += "<id>\(escape(id))</id>\n<title>\(escape(title))</title>\n<updated>\(escape(updated))</updated>\n"
        out += "<link rel=\"self\" type=\"application/atom+xml\" href=\"\(escape(selfLink))\"/>\n"
        out += "<link rel=\"alternate\" type=\"text/html\" href=\"\(escape(siteLink))\"/>\n"
        out += "<author><name>portdash</name></author>\n<generator>portdash</generator>\n"
        for entry in entries {
            out += "<entry>\n<id>\(escape(entry.id))</id>\n<title>\(escape(entry.title))</title>\n"
            out += "<updated>\(escape(entry.updated))</updated>\n"
            out += "<link rel=\"alternate\" type=\"text/html\" href=\"\(escape(entry.link))\"/>\n"
            out += "<summary type=\"text\">\(escape(entry.summary))</summary>\n</entry>\n"
        }
        return out + "</feed>\n"
    }

    /// Text for XML content and attributes: markup escaped, characters XML 1.0 forbids replaced.
    public static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                let v = scalar.value
                if v < 0x20 || (v >= 0x7F && v <= 0x9F) || v == 0xFFFE || v == 0xFFFF || (v >= 0xD800 && v <= 0xDFFF) {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// An event as a feed entry: its order and change in the title, note, number and actor below.
    public static func entry(_ event: OrderEvent, order: Order, baseURL: String, index: SiteIndex, display: Display) -> Entry {
        let change: String
        if let to = event.toStatus {
            let from = event.fromStatus.map { (OrderStatus(rawValue: $0)?.label ?? $0) + " → " } ?? ""
            change = from + (OrderStatus(rawValue: to)?.label ?? NumberStatus(rawValue: to)?.label ?? to)
        } else {
            change = "Note"
        }
        let customer = display.name(order.businessName ?? order.ownerName)
        var summary = [display.text(event.note), event.number.map { "Number \(displayNumber($0))" }, event.actor.map { "By \(display.text($0))" }]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ". ")
        if summary.isEmpty { summary = change }
        let updated = event.seconds.map(Timestamp.isoDateTime(seconds:)) ?? "1970-01-01T00:00:00Z"
        return Entry(
            id: tag(baseURL, "event-\(event.id)"), title: "\(order.id) (\(customer)): \(change)", updated: updated,
            link: baseURL + index.orderPath(order.id), summary: summary)
    }
}
