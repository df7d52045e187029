import Foundation

/// Times the parts of a build when `PORTDASH_TIMINGS` is set in the environment, printing each to
/// standard error with the CPU time the whole process spent meanwhile (how many cores the stage
/// kept busy): how the benchmark's figures are broken down, with no cost otherwise.
struct StageClock {
    static let enabled = ProcessInfo.processInfo.environment["PORTDASH_TIMINGS"] != nil
    /// When the first stage started: each line says when its stage ended, from there.
    private static let origin = DispatchTime.now().uptimeNanoseconds

    static func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        guard enabled else { return try body() }
        let origin = Self.origin  // set on the first stage, before it starts
        let start = DispatchTime.now().uptimeNanoseconds
        let startCPU = cpuSeconds()
        defer {
            let end = DispatchTime.now().uptimeNanoseconds
            let (seconds, at) = (Double(end - start) / 1e9, Double(end - origin) / 1e9)
            let cpu = cpuSeconds() - startCPU
            let line =
                "portdash timing: \(name) \(String(format: "%.3f", seconds)) s (cpu \(String(format: "%.3f", cpu)) s, ends at \(String(format: "%.3f", at)) s)\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
        return try body()
    }

    /// User and system time of every thread of the process so far.
    private static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
