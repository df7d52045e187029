import Dashboard
import Foundation
import PortingModel

/// Finds and reads the config: `--config FILE`, else `portdash.json` in the working folder, else defaults.
enum ConfigLoading {
    static let defaultFile = "portdash.json"

    static func load(_ path: String?) throws -> SiteConfig {
        let file = path ?? defaultFile
        guard FileManager.default.fileExists(atPath: file) else {
            if path != nil { throw ExitCodeMessage(.noInput, "config \(file) does not exist") }
            return SiteConfig()
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ExitCodeMessage(.noInput, "config \(file) cannot be read")
        }
        return try SiteConfig.decode(data, source: file)
    }
}
