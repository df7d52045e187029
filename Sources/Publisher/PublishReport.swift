/// What a publish did, for the build's last line and `--report`.
public struct PublishReport: Sendable, Equatable {
    /// Files whose bytes changed or are new.
    public var written: [String] = []
    /// Files whose bytes were the same as the published ones.
    public var unchanged = 0
    /// Files of the last build that no longer belong.
    public var removed: [String] = []
    /// The stages whose digests were unchanged, so their files and findings were kept without a row read.
    public var stagesKept: [String] = []
    /// Whether the output folder was swapped (false when nothing changed).
    public var swapped = false

    public init() {}
}
