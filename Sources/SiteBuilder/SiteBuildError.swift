import PortingModel

/// A build stopped on purpose (strict mode), with its exit status.
public struct SiteBuildError: Error, ExitStatusProviding, CustomStringConvertible {
    public let description: String
    public let exitStatus: ExitStatus

    init(_ message: String, _ status: ExitStatus) {
        description = message
        exitStatus = status
    }
}
