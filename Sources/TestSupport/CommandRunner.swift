import Foundation

/// Runs the built `portdash` binary, as an end user would.
public struct CommandRunner: Sendable {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        /// Set when the process ended by a signal (then `status` is the signal's number).
        public var signaled = false
    }

    /// The folder holding the test bundle, which also holds the built executables.
    public static var productsFolder: String {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var folder = bundle
        while folder.path != "/" {
            if FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("portdash").path) { return folder.path }
            folder.deleteLastPathComponent()
        }
        return bundle.path
    }

    public static var binary: String { "\(productsFolder)/portdash" }

    public init() {}

    /// Runs `portdash` with `arguments` in `folder` and waits for it.
    public func run(_ arguments: [String], in folder: String? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let errData = Box()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData.value = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outData = Box()
        outData.value = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        var result = Result(
            status: process.terminationStatus, stdout: String(decoding: outData.value, as: UTF8.self),
            stderr: String(decoding: errData.value, as: UTF8.self))
        result.signaled = process.terminationReason == .uncaughtSignal
        return result
    }

    final class Box: @unchecked Sendable { var value = Data() }
}
