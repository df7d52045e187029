import Glibc
import PortingModel

/// Why the site could not be published. The previous site is always left in place.
public struct PublishError: Error, ExitStatusProviding, CustomStringConvertible, Equatable {
    public let description: String
    public let exitStatus: ExitStatus

    public init(_ message: String, _ status: ExitStatus) {
        description = message
        exitStatus = status
    }

    /// An error from a system call on `path`, with the exit status that fits the errno.
    static func system(_ action: String, _ path: String, errno code: Int32) -> PublishError {
        let reason = String(cString: strerror(code))
        switch code {
        case EACCES, EPERM, EROFS:
            return PublishError("cannot \(action) \(path): \(reason)", .cannotCreate)
        default:
            return PublishError("cannot \(action) \(path): \(reason)", .ioError)
        }
    }
}
