import Dashboard
import Foundation
import Notifier
import PortingModel
import TestSupport
import Testing

/// `portdash notify` through the binary, with a sendmail stand-in that files each message it
/// accepts in a mailbox (the real SMTP path through msmtp is checked by scripts/notify-check).
@Suite("portdash notify")
struct NotifyTests {
    let cli = CommandRunner()

    /// A folder with a database, a mailbox, and a sendmail that accepts messages into it. With
    /// `killAfter`, the sendmail kills portdash right after accepting that many messages.
    func setUp(killAfter: Int? = nil) throws -> TemporaryFolder {
        let folder = TemporaryFolder("notify")
        _ = try Fixture.database(Fixture.smallValid, in: folder, name: "porting.sqlite")
        let kill =
            killAfter.map {
                "n=$(ls \(folder.path)/mailbox | wc -l); [ \"$n\" -ge \($0) ] && [ ! -e \(folder.path)/killed ] && touch \(folder.path)/killed && kill -9 $PPID"
            } ?? ""
        folder.write("sendmail", "#!/bin/sh\nmkdir -p \(folder.path)/mailbox\ncat > \(folder.path)/mailbox/$(date +%s%N).eml\n\(kill)\nexit 0\n")
        chmod(folder.file("sendmail"), 0o755)
        folder.write("portdash.json", "{\"sendmail\": \"\(folder.file("sendmail"))\", \"baseURL\": \"https://dash.example.com/\"}")
        return folder
    }

    func mailbox(_ folder: TemporaryFolder) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.file("mailbox"))) ?? []
        return names.sorted().map { SiteInspection.text(folder.file("mailbox"), $0) }
    }

    /// The decoded plain-text part of a message.
    func plain(_ message: String) -> String {
        let parts = message.components(separatedBy: "Content-Transfer-Encoding: base64\r\n\r\n")
        guard parts.count > 1, let end = parts[1].range(of: "\r\n--") else { return "" }
        let base64 = parts[1][..<end.lowerBound].replacingOccurrences(of: "\r\n", with: "")
        return Data(base64Encoded: base64).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    func header(_ message: String, _ name: String) -> String? {
        message.components(separatedBy: "\r\n").first { $0.hasPrefix(name + ": ") }.map { String($0.dropFirst(name.count + 2)) }
    }

    @Test("the first run records where to start; new events go to each order's recipients once, and a second run sends nothing")
    func onceEach() throws {
        let folder = try setUp()
        let first = try cli.run(["notify"], in: folder.path)
        #expect(first.status == 0 && first.stdout.hasPrefix("First run: recorded the starting point"), "\(first.stderr)")
        #expect(mailbox(folder).isEmpty)
        try Fixture.raw(
            """
            INSERT INTO order_events (order_id, at, from_status, to_status, actor, note)
              VALUES ('PO-2', '2026-11-25T10:00:00Z', 'foc_confirmed', 'completed', 'ops', 'All numbers ported'),
                     ('PO-3', '2026-11-25T11:00:00Z', NULL, NULL, 'ops', 'Called the customer');
            INSERT INTO order_notifications VALUES ('PO-2', 'not an address'), ('PO-2', 'second@northwind.example');
            """, at: folder.file("porting.sqlite"))
        let run = try cli.run(["notify"], in: folder.path)
        #expect(run.status == 0 && run.stdout == "Sent \(mailbox(folder).count) message(s).\n", "\(run.stdout)\(run.stderr)")
        #expect(run.stderr.contains("portdash: warning: skipped PO-2: not an address: not a valid address"))
        let messages = mailbox(folder)
        let recipients = messages.compactMap { header($0, "To") }.sorted()
        let expected = try self.recipients(of: ["PO-2", "PO-3"], in: folder).filter(MailMessage.isValid).sorted()
        #expect(recipients == expected && !recipients.isEmpty)
        for message in messages {
            let text = plain(message)
            #expect(!message.contains("SECRET-PIN") && !text.contains("SECRET-PIN") && !text.contains("123456789"))
            if header(message, "Subject")?.hasPrefix("Order PO-2 ") == true {
                #expect(text.contains("is now: FOC confirmed") && text.contains("All numbers ported"))
                #expect(text.contains("https://dash.example.com/orders/po-2.html"))
            }
        }
        let again = try cli.run(["notify"], in: folder.path)
        #expect(again.stdout == "Sent 0 message(s).\n")
        #expect(mailbox(folder).count == messages.count)
    }

    func recipients(of orders: [String], in folder: TemporaryFolder) throws -> [String] {
        let list = orders.map { "'\($0)'" }.joined(separator: ",")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [folder.file("porting.sqlite"), "SELECT email FROM order_notifications WHERE order_id IN (\(list))"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        process.waitUntilExit()
        return String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test("a run killed after a message was accepted repeats at most that message, and delivers every one")
    func killedMidway() throws {
        let folder = try setUp(killAfter: 1)
        try Fixture.raw(
            "INSERT INTO order_notifications VALUES ('PO-1', 'a@x.example'), ('PO-1', 'b@x.example'), ('PO-3', 'c@x.example');",
            at: folder.file("porting.sqlite"))
        let killed = try cli.run(["notify", "--since", "2026-01-01T00:00:00Z"], in: folder.path)
        #expect(killed.signaled && killed.status == SIGKILL, "\(killed.stdout)\(killed.stderr)")
        #expect(mailbox(folder).count == 1)
        let rest = try cli.run(["notify"], in: folder.path)
        #expect(rest.status == 0, "\(rest.stderr)")
        let all = mailbox(folder).compactMap { header($0, "To").map { "\(header($0, "Subject") ?? "") \($0)" } }
        let distinct = Set(all)
        #expect(all.count - distinct.count <= 1, "more than the message in flight was repeated: \(all)")
        let expected = try self.recipients(of: ["PO-1", "PO-2", "PO-3"], in: folder).filter(MailMessage.isValid)
        #expect(Set(distinct.map { String($0.split(separator: " ").last!) }) == Set(expected))
    }

    @Test("--dry-run writes .eml files and sends nothing; a digest lists what changed and what needs action")
    func dryRunAndDigest() throws {
        let folder = try setUp()
        let dry = try cli.run(["notify", "--since", "2026-01-01T00:00:00Z", "--dry-run", "preview"], in: folder.path)
        #expect(dry.status == 0 && dry.stdout.hasPrefix("Wrote "), "\(dry.stderr)")
        #expect(mailbox(folder).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder.file(".output.portdash-notify.json")))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.file("preview"))
        #expect(!files.isEmpty && files.allSatisfy { $0.hasSuffix(".eml") })
        let digest = try cli.run(["notify", "--since", "2026-01-01T00:00:00Z", "--digest", "--to", "ops@newtel.example"], in: folder.path)
        #expect(digest.status == 0 && digest.stdout == "Sent 1 message(s).\n", "\(digest.stderr)")
        let message = try #require(mailbox(folder).first)
        #expect(header(message, "To") == "ops@newtel.example")
        #expect(plain(message).contains("Needs action now") && plain(message).contains("PO-1"))
        let again = try cli.run(["notify", "--digest", "--to", "ops@newtel.example"], in: folder.path)
        #expect(again.status == 0)
        #expect(plain(mailbox(folder).last ?? "").contains("Porting digest: 0 change(s)"))
    }

    @Test("headers carry no line break from the data, non-ASCII subjects are encoded, and addresses are checked")
    func headers() {
        let message = MailMessage(
            from: "portdash <p@x.example>", to: "a@x.example", subject: "Order PO-1 (Zoë\r\nBcc: evil@x.example)", date: 0,
            messageId: "m@portdash", text: "t", html: "<p>h</p>")
        let head = message.rendered.components(separatedBy: "\r\n\r\n")[0]
        #expect(!head.contains("\r\nBcc:"))
        #expect(head.contains("Subject: =?UTF-8?B?"))
        #expect(
            MailMessage.isValid("it@northwind.example") && !MailMessage.isValid("a@b") && !MailMessage.isValid("a b@c.example")
                && !MailMessage.isValid("x@y.example\r\nBcc: z@w.example") && !MailMessage.isValid("<a@b.example>"))
    }
}
