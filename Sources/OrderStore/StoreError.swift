import PortingModel

/// Why the order database could not be opened, checked or read.
public struct StoreError: Error, ExitStatusProviding, CustomStringConvertible, Equatable {
    public enum Kind: Sendable, Equatable {
        case missingFile, unreadable, notADatabase, notPortdash, newerVersion, olderVersion
        case missingTable, missingColumn, busy, refusedInit, readFailed
    }

    public let kind: Kind
    public let message: String

    init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }

    public var exitStatus: ExitStatus {
        switch kind {
        case .missingFile, .unreadable: return .noInput
        case .busy: return .busy
        case .refusedInit: return .cannotCreate
        case .readFailed: return .ioError
        case .notADatabase, .notPortdash, .newerVersion, .olderVersion, .missingTable, .missingColumn: return .dataError
        }
    }
}
