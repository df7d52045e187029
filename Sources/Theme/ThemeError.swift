import PortingModel

/// A theme that cannot be used: what is wrong and in which file.
public struct ThemeError: Error, ExitStatusProviding, CustomStringConvertible, Equatable {
    public let description: String
    public let exitStatus: ExitStatus

    init(_ message: String, _ status: ExitStatus = .dataError) {
        description = message
        exitStatus = status
    }
}
