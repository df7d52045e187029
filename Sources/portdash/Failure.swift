import ArgumentParser
import PortingModel

/// Runs a command body, turning portdash errors into a message on standard error and the error's
/// sysexits status.
func runReportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ExitCode {
        throw error
    } catch let error as any ExitStatusProviding {
        Console.error("portdash: error: \(error)")
        throw ExitCode(error.exitStatus.rawValue)
    } catch {
        Console.error("portdash: error: \(error)")
        throw ExitCode(ExitStatus.ioError.rawValue)
    }
}
