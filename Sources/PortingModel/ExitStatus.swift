/// Process exit statuses, following BSD sysexits so cron and systemd can tell failures apart.
public enum ExitStatus: Int32, Sendable {
    case ok = 0
    /// Bad command-line usage.
    case usage = 64
    /// The input data was wrong (a broken database, a bad row under `--strict`, a broken theme or config).
    case dataError = 65
    /// An input file is missing or unreadable.
    case noInput = 66
    /// A service portdash relies on cannot be used (the mail command of `notify` does not run).
    case unavailable = 69
    /// The output cannot be created (a read-only location, a folder portdash did not create).
    case cannotCreate = 73
    /// An I/O error while reading or writing (a full disk).
    case ioError = 74
    /// Busy: another build holds the lock, or the database is locked. Try again.
    case busy = 75
}

/// An error that knows which exit status it should end the process with.
public protocol ExitStatusProviding: Error {
    /// The exit status for this error.
    var exitStatus: ExitStatus { get }
}
