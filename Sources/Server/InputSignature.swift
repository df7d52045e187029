import Foundation
import Glibc

/// A cheap fingerprint of everything a build reads: the database file and its WAL (identity, size,
/// mtime, and SQLite's file change counter, which moves on every commit), the config file, and every
/// file of the theme. Polled every interval; a build runs only when it moves.
struct InputSignature: Equatable {
    var parts: [String]

    static func read(database: String, config: String?, theme: String?) -> InputSignature {
        var parts: [String] = []
        for path in [database, database + "-wal", config].compactMap({ $0 }) { parts.append(describe(path)) }
        parts.append(changeCounter(database))
        if let theme {
            let walker = FileManager.default.enumerator(atPath: theme)
            var files: [String] = []
            while let item = walker?.nextObject() as? String { files.append(item) }
            for file in files.sorted() { parts.append(file + " " + describe("\(theme)/\(file)")) }
        }
        return InputSignature(parts: parts)
    }

    static func describe(_ path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return "missing" }
        return "\(info.st_ino) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }

    /// Bytes 24-27 of the database header: SQLite's file change counter.
    static func changeCounter(_ path: String) -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { return "unreadable" }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 28)) ?? Data()
        return header.count == 28 ? header[24..<28].map { String($0) }.joined(separator: ".") : "short"
    }
}
