import Foundation
import Glibc

/// One build at a time per output folder: an advisory lock (flock) on a file beside the folder.
/// The system releases it when the process ends, however it ends, so a killed build never leaves
/// a lock that blocks the next one.
public final class BuildLock {
    public let path: String
    private var fd: Int32 = -1

    public init(path: String) {
        self.path = path
    }

    /// Takes the lock, waiting for it when `wait` is true; otherwise fails at once with exit 75,
    /// naming the process that holds it.
    public func acquire(wait: Bool) throws {
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw PublishError.system("create the lock file", path, errno: errno) }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EAGAIN else { throw PublishError.system("lock", path, errno: errno) }
            guard wait else {
                let holder =
                    DiskReading.read(path).map { String(decoding: $0, as: UTF8.self) }?
                    .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                close(fd)
                fd = -1
                let who = holder.isEmpty ? "another build" : "another build (process \(holder))"
                throw PublishError("\(who) is publishing to this output folder; try again later, or pass --wait to wait for it", .busy)
            }
            while flock(fd, LOCK_EX) != 0 {
                guard errno == EINTR else { throw PublishError.system("lock", path, errno: errno) }
            }
        }
        let pid = "\(getpid())\n"
        _ = ftruncate(fd, 0)
        _ = pid.withCString { pwrite(fd, $0, strlen($0), 0) }
    }

    /// Releases the lock.
    public func release() {
        guard fd >= 0 else { return }
        _ = ftruncate(fd, 0)
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }
}
