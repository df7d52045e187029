import Foundation

/// Times the parts of a build when `PORTDASH_TIMINGS` is set in the environment, printing each to
/// standard error: how the benchmark's figures are broken down, with no cost otherwise.
struct StageClock {
    static let enabled = ProcessInfo.processInfo.environment["PORTDASH_TIMINGS"] != nil

    static func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        guard enabled else { return try body() }
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            FileHandle.standardError.write(Data("portdash timing: \(name) \(String(format: "%.3f", seconds)) s\n".utf8))
        }
        return try body()
    }
}
