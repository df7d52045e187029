import Foundation
import SiteBuilder

/// What `portdash serve` builds and where it listens.
public struct ServeOptions: Sendable {
    public var build: BuildOptions
    /// The config file to watch, when there is one.
    public var configFile: String?
    public var host = "127.0.0.1"
    public var port = 8080
    /// Seconds between checks for a changed database, config or theme.
    public var interval = 1.0
    /// Builds at least this often even when nothing changed.
    public var rebuildEvery = 60.0

    public init(build: BuildOptions) {
        self.build = build
    }
}

/// Why `serve` could not start.
public struct ServeError: Error, CustomStringConvertible {
    public let description: String
    public let exitStatus: Int32

    public init(_ description: String, exitStatus: Int32) {
        self.description = description
        self.exitStatus = exitStatus
    }
}
