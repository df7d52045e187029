import Dashboard
import Foundation
import PortingModel

/// What a build is made from, as one key: when the database file, config, theme and portdash are
/// all exactly as they were for the last build, the published site is already right.
enum BuildInputs {
    /// Changes whenever portdash's output for the same inputs may change.
    static let version = "portdash 0.3.0 pages 4"

    /// The manifest's inputs line: the key, then the build's figures.
    static func record(_ key: String, _ result: BuildResult) -> String {
        "\(key) orders=\(result.orders) errors=\(result.errors) warnings=\(result.warnings)"
    }

    /// The figures of a recorded build.
    static func figures(_ line: String, into result: BuildResult) -> BuildResult {
        var out = result
        for part in line.split(separator: " ") {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, let value = Int(pair[1]) else { continue }
            switch pair[0] {
            case "orders": out.orders = value
            case "errors": out.errors = value
            case "warnings": out.warnings = value
            default: break
            }
        }
        return out
    }

    /// The settings that change what order, LOA and inventory pages show. Paths (database, output,
    /// theme) are not among them: moving a path from the config to a flag re-renders nothing.
    static func pageSettings(_ config: SiteConfig) -> String {
        [
            config.title, config.provider, config.timeZone, String(config.inventoryPageSize), String(config.maskAccountOnLoa),
            String(config.redact), config.baseURL ?? "",
        ].joined(separator: "\u{1F}")
    }

    /// Every setting that changes any output: the page settings, the "as of" time and the holidays
    /// (which only the pages rendered on every build show).
    static func outputSettings(_ config: SiteConfig) -> String {
        pageSettings(config) + "\u{1F}" + (config.asOf ?? "") + "\u{1F}" + config.holidays.joined(separator: ",")
    }

    /// The key, or nil when the database's identity cannot be read.
    static func key(database: String, config: SiteConfig, themeFingerprint: UInt64, strict: Bool) -> String? {
        var hasher = Fingerprinter()
        hasher.add(version)
        hasher.add(outputSettings(config))
        hasher.add(themeFingerprint)
        hasher.add(strict)
        for path in [database, database + "-wal"] {
            var info = stat()
            if stat(path, &info) == 0 {
                hasher.add(Int64(info.st_dev))
                hasher.add(Int64(info.st_ino))
                hasher.add(Int64(info.st_size))
                hasher.add(Int64(info.st_mtim.tv_sec))
                hasher.add(Int64(info.st_mtim.tv_nsec))
            } else if path == database {
                return nil
            } else {
                hasher.add("no wal")
            }
        }
        // SQLite's file change counter (header offset 24) moves on every committed write.
        guard let handle = FileHandle(forReadingAtPath: database) else { return nil }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 100)) ?? Data()
        guard header.count >= 28 else { return nil }
        hasher.add(header[24..<28].map { String($0) }.joined(separator: "."))
        return hasher.hex
    }
}
