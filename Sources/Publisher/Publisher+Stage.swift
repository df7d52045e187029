/// Stages: a part of the build that reads its own rows and publishes its own files. When a
/// stage's inputs are exactly as the last build recorded, its files are kept without reading a row.
extension Publisher {
    /// Starts recording the files published from now on as the stage `name`'s.
    public func beginStage(_ name: String) {
        precondition(stage == nil, "stages do not nest")
        stage = (name, [])
    }

    /// Records the stage begun last, made from inputs with `digest`, with notes to keep with it.
    /// Its files are recorded sorted: a stage may publish them from several cores.
    public func endStage(digest: String, notes: [String]) {
        guard let stage else { preconditionFailure("beginStage first") }
        current.stages[stage.name] = Manifest.Stage(digest: digest, files: stage.files.sorted(), notes: notes)
        self.stage = nil
    }

    /// Keeps every file of the stage `name` when the last build made it from inputs with the same
    /// digest and all its files are still published; returns the stage's notes, or nil (then the
    /// stage must be built).
    public func reuseStage(_ name: String, digest: String) -> [String]? {
        guard stage == nil, let record = previous?.stages[name], record.digest == digest,
            let previous, record.files.allSatisfy({ previous.files.contains($0) })
        else { return nil }
        for path in record.files where missingPublished.contains(path) { return nil }
        for path in record.files { _ = keep(path, fingerprint: previous.fingerprints[path]) }
        current.stages[name] = record
        report.stagesKept.append(name)
        return record.notes
    }
}

extension Publisher {
    /// Records notes under a stage that keeps no files of its own (what the build learnt that the
    /// next one can reuse), with a digest saying what made them.
    public func record(_ name: String, digest: String, notes: [String]) {
        current.stages[name] = Manifest.Stage(digest: digest, notes: notes)
    }

    /// The notes the last build recorded under the stage `name`, whatever they were made from
    /// (nil: it recorded none).
    public func recordedNotes(_ name: String) -> [String]? { previous?.stages[name]?.notes }

    /// The digest the last build recorded the stage `name` under, if it recorded it.
    public func recordedDigest(_ name: String) -> String? { previous?.stages[name]?.digest }

    /// The stage the last build recorded under `name`, when made from `digest`: its notes are
    /// split when asked for, on whichever core asks.
    public func recordedStage(_ name: String, digest: String) -> Manifest.Stage? {
        guard let record = previous?.stages[name], record.digest == digest else { return nil }
        return record
    }
}
