import Dashboard
import Foundation
import OrderStore
import PortingModel

/// Reads the database (one read transaction) and writes the messages `notify` sends. Status and
/// notes only: never a PIN or an account number.
struct MessageComposer {
    let config: SiteConfig
    let store: OrderDatabase

    var from: String { config.mailFrom ?? "portdash <portdash@localhost>" }

    func display(_ snapshot: Snapshot) throws -> Display {
        let asOf = try config.asOf ?? snapshot.latestActivity()
        return Display(asOf: Timestamp.seconds(asOf) ?? 0, timeZone: config.timeZone, redact: false, calendar: config.calendar)
    }

    /// One message per order and valid recipient with the order's events after `state.start` that
    /// the recipient was not yet told about, in order id and then address order.
    func perOrder(state: NotifyState, skipped: inout [String]) throws -> [Notifier.Pending] {
        let start = Timestamp.seconds(state.start) ?? 0
        var out: [Notifier.Pending] = []
        var invalid: [String] = []
        try store.read { snapshot in
            let display = try display(snapshot)
            let index = SiteIndex(links: try snapshot.restartLinks(), carriers: try snapshot.carriers(), users: try snapshot.users())
            try snapshot.forEachOrder { bundle in
                let fresh = bundle.events.filter { ($0.seconds ?? 0) > start }
                guard !fresh.isEmpty else { return }
                for recipient in bundle.notifications.sorted() {
                    guard MailMessage.isValid(recipient) else {
                        invalid.append("\(bundle.order.id): \(Finding.printable(recipient, limit: 80))")
                        continue
                    }
                    let events = fresh.filter { !state.sent.contains(NotifyState.key($0.id, recipient)) }
                    guard !events.isEmpty else { continue }
                    out.append(
                        Notifier.Pending(
                            message: message(bundle, events: events, to: recipient, display: display, index: index),
                            slug: index.slug(bundle.order.id), keys: events.map { NotifyState.key($0.id, recipient) }))
                }
            }
        }
        skipped += invalid
        return out
    }

    func message(_ bundle: OrderBundle, events: [OrderEvent], to: String, display: Display, index: SiteIndex) -> MailMessage {
        let o = bundle.order
        let customer = display.name(o.businessName ?? o.ownerName)
        let status = OrderStatus(rawValue: o.status)?.label ?? o.status
        let link = config.baseURL.map { $0 + index.orderPath(o.id) }
        let lines = events.map { line($0, display: display) }
        var text = "Order \(o.id) for \(customer) is now: \(status).\n\nWhat changed:\n"
        text += lines.map { "- " + $0 }.joined(separator: "\n") + "\n"
        if let link { text += "\nOrder page: \(link)\n" }
        text += "\nYou get this message because you are on the notification list of this porting order.\n"
        var html = "<!DOCTYPE html><html><body><p>Order <strong>\(HTMLEscape.escape(o.id))</strong> for \(HTMLEscape.escape(customer))"
        html += " is now: <strong>\(HTMLEscape.escape(status))</strong>.</p><p>What changed:</p><ul>"
        html += lines.map { "<li>\(HTMLEscape.escape($0))</li>" }.joined() + "</ul>"
        if let link { html += "<p><a href=\"\(HTMLEscape.escape(link))\">Open the order page</a></p>" }
        html += "<p>You get this message because you are on the notification list of this porting order.</p></body></html>"
        let last = events.map(\.id).max() ?? 0
        var hasher = Fingerprinter()
        hasher.add(to.lowercased())
        return MailMessage(
            from: from, to: to, subject: "Order \(o.id) (\(customer)): \(status)",
            date: events.compactMap(\.seconds).max() ?? 0,
            messageId: "order-\(index.slug(o.id)).event-\(last).\(hasher.hex)@portdash", text: text, html: html)
    }

    /// `2026-11-20 09:15 UTC: Submitted → Exception: Rejected by the losing carrier (by porting-bot)`.
    func line(_ event: OrderEvent, display: Display) -> String {
        var change = ""
        if let to = event.toStatus {
            let label = { (raw: String) in OrderStatus(rawValue: raw)?.label ?? NumberStatus(rawValue: raw)?.label ?? raw }
            change = (event.fromStatus.map { label($0) + " → " } ?? "") + label(to)
        }
        if let number = event.number { change += (change.isEmpty ? "" : " ") + "(number \(displayNumber(number)))" }
        let note = display.text(event.note)
        var out = "\(display.dateTime(event.at)) \(display.zoneName): " + [change, note].filter { !$0.isEmpty }.joined(separator: ": ")
        if let actor = event.actor, !actor.isEmpty { out += " (by \(display.text(actor)))" }
        return MailMessage.oneLine(out)
    }

    /// The digest: every event after `since`, newest first (at most 500 listed), and what needs
    /// action now. `until` is the latest event time it covers.
    func digest(to: String, since: String) throws -> (message: MailMessage, until: String) {
        let start = Timestamp.seconds(since) ?? 0
        var changes: [(seconds: Int64, id: Int64, text: String)] = []
        var needs: [String] = []
        var until = since
        var asOf: Int64 = 0
        try store.read { snapshot in
            let display = try display(snapshot)
            asOf = display.asOf
            try snapshot.forEachOrder { bundle in
                let o = bundle.order
                let customer = display.name(o.businessName ?? o.ownerName)
                for event in bundle.events {
                    guard let seconds = event.seconds, seconds > start else { continue }
                    changes.append((seconds, event.id, "\(o.id) (\(customer)) " + line(event, display: display)))
                    if event.at > until { until = event.at }
                }
                switch o.knownStatus {
                case .exception?: needs.append("Exception: \(o.id) (\(customer))")
                case .awaitingSignature?: needs.append("LOA awaiting signature: \(o.id) (\(customer))")
                case .focConfirmed?:
                    if let foc = display.localDay(o.focDate), foc >= display.today, foc <= display.today + 7 {
                        needs.append("FOC \(display.date(o.focDate)): \(o.id) (\(customer))")
                    }
                default: break
                }
            }
        }
        changes.sort { ($0.seconds, $0.id) > ($1.seconds, $1.id) }
        let listed = changes.prefix(500).map { MailMessage.oneLine($0.text) }
        var text = "Porting digest: \(changes.count) change(s) since \(since).\n\n"
        text += listed.map { "- " + $0 }.joined(separator: "\n")
        if changes.count > listed.count { text += "\n- … and \(changes.count - listed.count) more on the changes page" }
        text += "\n\nNeeds action now (\(needs.count)):\n" + needs.map { "- " + MailMessage.oneLine($0) }.joined(separator: "\n") + "\n"
        if let base = config.baseURL { text += "\nDashboard: \(base)index.html\nChanges: \(base)\(ChangesLog.page)\n" }
        var html = "<!DOCTYPE html><html><body><p>Porting digest: \(changes.count) change(s) since \(HTMLEscape.escape(since)).</p><ul>"
        html += listed.map { "<li>\(HTMLEscape.escape($0))</li>" }.joined() + "</ul><p>Needs action now (\(needs.count)):</p><ul>"
        html += needs.map { "<li>\(HTMLEscape.escape(MailMessage.oneLine($0)))</li>" }.joined() + "</ul>"
        if let base = config.baseURL { html += "<p><a href=\"\(HTMLEscape.escape(base))index.html\">Open the dashboard</a></p>" }
        html += "</body></html>"
        let message = MailMessage(
            from: from, to: to, subject: "Porting digest: \(changes.count) change(s), \(needs.count) need action",
            date: Timestamp.seconds(until) ?? asOf, messageId: "digest.\(until.filter(\.isNumber)).\(changes.count)@portdash", text: text, html: html)
        return (message, until)
    }
}
