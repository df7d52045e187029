import Glibc

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

    /// A folder's (or file's) modification time in nanoseconds, or nil when it is missing.
    static func modified(_ path: String) -> Int64? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    }

    /// A file's identity: device, inode, size and modification time, or nil when it is missing.
    static func identity(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return "\(info.st_dev):\(info.st_ino):\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }

    /// The wall clock in nanoseconds (to compare with modification times).
    static func now() -> Int64 {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
    }

    /// Whether two paths are the same file (the same inode on the same device).
    static func sameFile(_ a: String, _ b: String) -> Bool {
        var x = stat(), y = stat()
        guard lstat(a, &x) == 0, lstat(b, &y) == 0 else { return false }
        return x.st_ino == y.st_ino && x.st_dev == y.st_dev
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

    /// Entries of a folder with their kind from the directory itself (no stat per entry, which
    /// matters for tens of thousands of files), sorted by name.
    static func typedEntries(_ folder: String) -> [(name: String, isFolder: Bool)] {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var out: [(name: String, isFolder: Bool)] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            guard name != "." && name != ".." else { continue }
            let type = entry.pointee.d_type
            let isFolder = type == UInt8(DT_UNKNOWN) ? kind("\(folder)/\(name)") == .folder : type == UInt8(DT_DIR)
            out.append((name, isFolder))
        }
        return out.sorted { $0.name < $1.name }
    }

    /// The names of the regular files directly in `folder`, from the directory itself where it
    /// gives the kind (one listing instead of an `lstat` per file).
    static func fileNames(_ folder: String) -> Set<String> {
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var out = Set<String>()
        while let entry = readdir(dir) {
            let type = entry.pointee.d_type
            guard type == UInt8(DT_REG) || type == UInt8(DT_UNKNOWN) else { continue }
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if type == UInt8(DT_UNKNOWN), kind("\(folder)/\(name)") != .file { continue }
            out.insert(name)
        }
        return out
    }

    /// Every file and symlink under `folder`, relative paths; and every folder, relative paths.
    static func walk(_ folder: String) -> (files: [String], folders: [String]) {
        var files: [String] = [], folders: [String] = []
        func visit(_ relative: String) {
            for entry in typedEntries(relative.isEmpty ? folder : "\(folder)/\(relative)") {
                let path = relative.isEmpty ? entry.name : "\(relative)/\(entry.name)"
                if entry.isFolder {
                    folders.append(path)
                    visit(path)
                } else {
                    files.append(path)
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
