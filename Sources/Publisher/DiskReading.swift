#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Read-only looks at the disk. Reading never changes anything, so it needs no seam.
enum DiskReading {
    enum Kind { case file, folder, symlink, other, missing }

    static func kind(_ path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        case S_IFLNK: return .symlink
        default: return .other
        }
    }

    static func size(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    /// Entries of a folder (names only), sorted; empty when it cannot be read.
    static func entries(_ folder: String) -> [String] {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var out: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { out.append(name) }
        }
        return out.sorted()
    }

    /// Every file and symlink under `folder`, relative paths; and every folder, relative paths.
    static func walk(_ folder: String) -> (files: [String], folders: [String]) {
        var files: [String] = [], folders: [String] = []
        func visit(_ relative: String) {
            for name in entries(relative.isEmpty ? folder : "\(folder)/\(relative)") {
                let path = relative.isEmpty ? name : "\(relative)/\(name)"
                switch kind("\(folder)/\(path)") {
                case .folder: folders.append(path); visit(path)
                case .missing: break
                default: files.append(path)
                }
            }
        }
        visit("")
        return (files, folders)
    }

    /// The whole file, or nil.
    static func read(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { return out }
            out.append(contentsOf: buffer[0..<n])
        }
    }
}
