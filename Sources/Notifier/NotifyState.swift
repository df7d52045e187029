import Foundation

/// What `portdash notify` has sent, kept beside the output folder and written atomically (a new file
/// renamed over the old one) after each message the mail system accepted: a second run sends nothing
/// twice, and a run killed midway repeats at most the message that was in flight.
public struct NotifyState: Codable, Equatable, Sendable {
    /// Events at or before this time (ISO 8601 UTC) are never sent: the first run's starting point.
    public var start: String
    /// Accepted messages: `eventId recipient` for each event a recipient was told about.
    public var sent: Set<String> = []
    /// The digest's starting point: events after it go into the next digest.
    public var digestSince: String?

    public init(start: String) {
        self.start = start
    }

    public static func key(_ eventId: Int64, _ recipient: String) -> String { "\(eventId) \(recipient.lowercased())" }

    public static func load(_ path: String) throws -> NotifyState? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        do {
            return try JSONDecoder().decode(NotifyState.self, from: data)
        } catch {
            throw NotifyError("notify state \(path) is not readable JSON (\(error)); move it away to start again", exitStatus: 65)
        }
    }

    public func save(_ path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let temporary = path + ".new"
        do {
            try encoder.encode(self).write(to: URL(fileURLWithPath: temporary))
            guard rename(temporary, path) == 0 else { throw NotifyError("cannot replace \(path)", exitStatus: 74) }
        } catch let error as NotifyError {
            throw error
        } catch {
            throw NotifyError("cannot write the notify state \(path): \(error.localizedDescription)", exitStatus: 74)
        }
    }
}

/// Why `notify` stopped.
public struct NotifyError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public let exitStatus: Int32

    public init(_ description: String, exitStatus: Int32) {
        self.description = description
        self.exitStatus = exitStatus
    }
}
