import Glibc

/// The one seam through which publishing touches the disk, so tests can inject faults
/// (a full disk, a read-only folder, a failure half-way through a file).
public protocol FileSystem: Sendable {
    /// Opens `path` for writing, creating or truncating it. Returns a descriptor.
    func create(_ path: String) throws -> Int32
    /// Writes all of `bytes` to `fd`; `path` is for messages.
    func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws
    /// Closes a descriptor from `create`.
    func close(_ fd: Int32, path: String) throws
    func makeFolder(_ path: String) throws
    func link(_ existing: String, _ new: String) throws
    func rename(_ from: String, _ to: String) throws
    /// Atomically exchanges two folders; throws `ENOSYS`-style errors where unsupported.
    func exchange(_ a: String, _ b: String) throws
    func removeFile(_ path: String) throws
    func removeFolder(_ path: String) throws
}

/// The real disk, through POSIX calls.
public struct LocalFileSystem: FileSystem {
    public init() {}

    public func create(_ path: String) throws -> Int32 {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw PublishError.system("create", path, errno: errno) }
        return fd
    }

    public func write(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.baseAddress.map { Glibc.write(fd, $0 + offset, bytes.count - offset) } ?? 0
            if n < 0 {
                if errno == EINTR { continue }
                throw PublishError.system("write", path, errno: errno)
            }
            offset += n
        }
    }

    public func close(_ fd: Int32, path: String) throws {
        guard Glibc.close(fd) == 0 else { throw PublishError.system("write", path, errno: errno) }
    }

    public func makeFolder(_ path: String) throws {
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw PublishError.system("create folder", path, errno: errno) }
    }

    public func link(_ existing: String, _ new: String) throws {
        guard Glibc.link(existing, new) == 0 else { throw PublishError.system("link", new, errno: errno) }
    }

    public func rename(_ from: String, _ to: String) throws {
        guard Glibc.rename(from, to) == 0 else { throw PublishError.system("rename", from, errno: errno) }
    }

    public func exchange(_ a: String, _ b: String) throws {
        guard portdashExchange(a, b) == 0 else { throw PublishError.system("swap", a, errno: errno) }
    }

    public func removeFile(_ path: String) throws {
        guard unlink(path) == 0 || errno == ENOENT else { throw PublishError.system("remove", path, errno: errno) }
    }

    public func removeFolder(_ path: String) throws {
        guard rmdir(path) == 0 || errno == ENOENT else { throw PublishError.system("remove folder", path, errno: errno) }
    }
}
