import PortingModel

/// Publishes a site into an output folder atomically.
///
/// Files are compared with the published ones as they are produced; changed files are written into
/// a staging folder beside the output. At the end, unchanged files and files portdash did not write
/// are hard-linked into the staging folder, which is then swapped with the output in one system
/// call. Readers see the old site or the new one, never a mix; a crash leaves the old one.
///
/// After a swap the staging folder holds the previous site, which is kept: the next build brings it
/// up to date by relinking only what differs, instead of building a tree of tens of thousands of
/// folders and links again. A marker file says when it is being changed, so a build killed then
/// leaves a staging folder the next build discards rather than trusts.
public final class Publisher {
    public let output: String
    let fs: any FileSystem
    let staging: String
    var previous: Manifest?
    /// The published manifest's files in its order, when that is sorted (`Manifest.parseKeepingOrder`).
    var previousSorted: [String]?
    /// The folders of the published files, found on another core from `begin`.
    var previousFolders: Eventually<Set<String>>?
    var current = Manifest()
    /// How many of `current`'s files the published manifest lists too: with `current`'s and the
    /// published manifest's counts, whether this build publishes exactly the same paths
    /// (`samePathsAsPublished`) without comparing tens of thousands of them.
    var recordedPublished = 0
    var report = PublishReport()
    var madeFolders: Set<String> = []
    var started = false
    /// Whether the previous site kept in staging can be brought up to date. Its manifest is read
    /// when staging is first changed, so a build that changes nothing never reads it.
    var reusable: Bool { keptStaging != nil }
    /// `reusable`, with how its files differ from the published ones.
    var keptStaging: KeptStaging? {
        if !stagingRead {
            stagingRead = true
            stagingManifest =
                stagingParse.map { $0.value } ?? Self.reusableStaging(staging, published: previous?.files ?? [], sorted: previousSorted)
            stagingParse = nil
        }
        return stagingManifest
    }
    var stagingRead = false
    /// Staging was emptied by this build and nothing has been linked into it yet: every file in it
    /// is one this build wrote, so a file is created without first unlinking a path that cannot
    /// be there (one system call fewer per file of a first build).
    var stagingFresh = false
    var stagingManifest: KeptStaging?
    /// The parse of the kept staging folder's manifest, started by `expectChanges` on another core.
    var stagingParse: Eventually<KeptStaging?>?
    /// Staging holds a manifest and no marker: it may be reused (`reusable` says for sure).
    var stagingLooksReusable = false
    var dirty = false
    /// The identity (`DiskReading.identity`) of the published manifest, and of the one this build
    /// writes: the folder record beside the output (`Publisher+Foreign.swift`) names the manifest it
    /// goes with.
    var previousManifestIdentity: String?
    /// The published files the output no longer holds (a host deleted them), looked for once, on
    /// other cores from `begin` (`Publisher+Missing.swift`): a rebuild keeps tens of thousands of
    /// files, and looking at each in turn was most of a no-op rebuild's time.
    var missingPublished: Set<String> {
        precondition(started, "begin() first")
        if let missingFound { return missingFound }
        missingFound = missingSearch?.value ?? []
        return missingFound!
    }
    /// `missingPublished` once found: asked for once or twice per page a rebuild keeps.
    private var missingFound: Set<String>?
    /// The search for `missingPublished`, started by `begin` on every core.
    private var missingSearch: Eventually<Set<String>>?
    var manifestIdentity = ""
    /// Every folder's modification time in staging as the build left it, and when that was taken.
    var folderRecord: (print: String, time: Int64)?
    /// The stage being built and the files it has published so far (see `beginStage`).
    var stage: (name: String, files: [String])?
    static let dirtyMarker = ".portdash-dirty"

    /// - Parameter output: the output folder (created on the first publish).
    public init(output: String, fs: any FileSystem = LocalFileSystem()) {
        var trimmed = output
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        self.output = trimmed
        self.fs = fs
        let (parent, name) = Self.split(trimmed)
        staging = "\(parent)/.\(name).portdash-staging"
    }

    /// The lock file path for this output folder.
    public var lockPath: String {
        let (parent, name) = Self.split(output)
        return "\(parent)/.\(name).portdash-lock"
    }

    /// The folder record of the published site (see `Publisher+Foreign.swift`): beside the output,
    /// never in it, as it holds times and the output's bytes must not depend on them.
    var folderRecordPath: String {
        let (parent, name) = Self.split(output)
        return "\(parent)/.\(name).portdash-folders"
    }

    /// The manifest of the published site, if any.
    public var publishedManifest: Manifest? { previous }

    static func split(_ path: String) -> (parent: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let parent = String(path[..<slash])
        return (parent.isEmpty ? "/" : parent, String(path[path.index(after: slash)...]))
    }

    /// Checks the output folder and prepares staging. Call while holding the build lock.
    public func begin() throws {
        switch DiskReading.kind(output) {
        case .missing:
            previous = nil
        case .folder:
            if let bytes = DiskReading.read("\(output)/\(Manifest.fileName)"),
                let (manifest, sorted) = Manifest.parseKeepingOrder(bytes: bytes)
            {
                previous = manifest
                previousSorted = sorted
                // This build's manifest mostly lists the same files: room for them from the start.
                current.files.reserveCapacity(manifest.files.count)
                current.fingerprints.reserveCapacity(manifest.fingerprints.count)
                previousManifestIdentity = DiskReading.identity("\(output)/\(Manifest.fileName)")
            } else if DiskReading.entries(output).isEmpty {
                previous = Manifest()
            } else {
                throw PublishError(
                    "output folder \(output) is not empty and was not created by portdash (it has no \(Manifest.fileName)); choose an empty or new folder, portdash never takes over a folder of other files",
                    .cannotCreate)
            }
        default:
            throw PublishError("output \(output) exists and is not a folder", .cannotCreate)
        }
        stagingLooksReusable =
            previous != nil && DiskReading.kind("\(staging)/\(Manifest.fileName)") == .file
            && DiskReading.kind("\(staging)/\(Self.dirtyMarker)") == .missing
        if !stagingLooksReusable { try resetStaging() }
        // Every rebuild needs to know soon, and it depends on nothing the build does first.
        let (files, output, record) = (previous?.files ?? [], output, publishedFolderRecord())
        let sorted = previousSorted
        let folders = Eventually { sorted.map { Self.folders(of: $0) } ?? Self.folders(of: files) }
        previousFolders = folders
        missingSearch = Eventually { Self.missing(files, sorted: sorted, in: output, record: record, folders: folders.value) }
        started = true
    }

    /// Starts reading the kept staging folder's manifest on another core, for a build that is
    /// about to change the site (a build that keeps everything never needs it). Staging is not
    /// changed until the parse is done: its first change (`markDirty`) asks for it first.
    public func expectChanges() {
        guard stagingLooksReusable, !stagingRead, stagingParse == nil else { return }
        let (staging, published, sorted) = (staging, previous?.files ?? [], previousSorted)
        stagingParse = Eventually { Self.reusableStaging(staging, published: published, sorted: sorted) }
    }

    /// The previous site kept in `staging`, if it is complete (it has a manifest and no marker),
    /// compared with the `published` files (`sorted`: the same, sorted, when known).
    static func reusableStaging(_ staging: String, published: Set<String>, sorted: [String]?) -> KeptStaging? {
        guard DiskReading.kind(staging) == .folder, DiskReading.kind("\(staging)/\(Self.dirtyMarker)") == .missing,
            let bytes = DiskReading.read("\(staging)/\(Manifest.fileName)")
        else { return nil }
        if let sorted, let kept = KeptStaging.compare(bytes: bytes, publishedSorted: sorted, published: published) { return kept }
        guard let manifest = Manifest.parse(bytes: bytes) else { return nil }
        return KeptStaging(manifest: manifest, published: published)
    }

    /// An empty staging folder; what was there (left by a killed build) only portdash wrote.
    func resetStaging() throws {
        stagingRead = true
        stagingManifest = nil
        try removeTree(staging)
        try fs.makeFolder(staging)
        stagingFresh = true
    }

    /// Marks staging as being changed, once, before its first change.
    func markDirty() throws {
        guard !dirty else { return }
        if stagingLooksReusable && !reusable {
            stagingLooksReusable = false
            try resetStaging()
        }
        let fd = try fs.create("\(staging)/\(Self.dirtyMarker)")
        try fs.close(fd, path: Self.dirtyMarker)
        dirty = true
        try relinkWrittenBefore()
    }

    /// Brings the files the last build wrote up to date in a kept staging folder when it is first
    /// changed, rather than when the build finishes (`linkUnchanged` then finds them linked): the
    /// folders they are in (`orders`, 20,000 pages at 20,000 orders) are then changed early in the
    /// build, and the folder record taken at its end trusts them rather than finding them racy
    /// (`isRacy`), so the next build need not list them. Only files staging holds: one it lacks is
    /// linked at the end if this build publishes it, and one this build drops is removed then.
    func relinkWrittenBefore() throws {
        guard let kept = keptStaging, let changedBefore = previous?.written else { return }
        let missing = missingPublished
        for path in changedBefore where !kept.onlyPublished.contains(path) && !missing.contains(path) {
            let live = "\(output)/\(path)", staged = "\(staging)/\(path)"
            if DiskReading.sameFile(live, staged) { continue }
            try fs.removeFile(staged)
            try fs.link(live, staged)
        }
    }

    /// Starts a file at `path` (relative to the output). Finish it before starting another.
    public func file(_ path: String) throws -> StagedFile {
        precondition(started, "begin() first")
        try markDirty()
        try Self.refuseUnsafe(path)
        try makeParents(path)
        let published = previous?.files.contains(path) == true && !missingPublished.contains(path) ? "\(output)/\(path)" : nil
        return StagedFile(relative: path, stagedPath: "\(staging)/\(path)", publishedPath: published, fs: fs, fresh: stagingFresh)
    }

    /// Records a finished file.
    public func finished(_ file: StagedFile, changed: Bool, fingerprint: String? = nil) {
        recordFile(file.relative, changed: changed, fingerprint: fingerprint)
    }

    /// Adds a finished file to the manifest and the report. `published`: whether the published
    /// manifest lists it, when the caller knows.
    func recordFile(_ path: String, changed: Bool, fingerprint: String?, published: Bool? = nil) {
        if current.files.insert(path).inserted, published ?? (previous?.files.contains(path) == true) { recordedPublished += 1 }
        stage?.files.append(path)
        if let fingerprint { current.fingerprints[path] = fingerprint }
        if changed { report.written.append(path) } else { report.unchanged += 1 }
    }

    /// Whether this build publishes exactly the paths the published manifest lists.
    var samePathsAsPublished: Bool {
        guard let previous else { return false }
        return recordedPublished == previous.files.count && current.files.count == recordedPublished
    }

    /// Writes a whole file at once.
    public func write(_ path: String, _ bytes: some Collection<UInt8>, fingerprint: String? = nil) throws {
        let file = try self.file(path)
        do {
            try file.append(bytes)
            finished(file, changed: try file.finish(), fingerprint: fingerprint)
        } catch {
            file.abandon()
            throw error
        }
    }

    /// Writes a whole text file at once.
    public func write(_ path: String, text: String, fingerprint: String? = nil) throws {
        var text = text
        try text.withUTF8 { try write(path, $0, fingerprint: fingerprint) }
    }

    /// Whether a published file was made from inputs with this fingerprint and is still there.
    public func canKeep(_ path: String, fingerprint: String) -> Bool {
        previous?.fingerprints[path] == fingerprint && (missingPublished.isEmpty || !missingPublished.contains(path))
    }

    /// `canKeep` as a function safe to call from any thread while the build renders (it only reads
    /// the published manifest and what was found on the disk).
    public func keepChecker() -> @Sendable (String, String) -> Bool {
        let prints = previous?.fingerprints ?? [:]
        let missing = missingPublished, noneMissing = missing.isEmpty
        return { path, fingerprint in prints[path] == fingerprint && (noneMissing || !missing.contains(path)) }
    }

    /// Which of `files` are not files in `output`, looked at on every core.
    static func missing(_ files: Set<String>, in output: String) -> Set<String> {
        let list = Array(files), parts = 16
        let found = Parallel.map(parts) { part in
            stride(from: part, to: list.count, by: parts).compactMap { DiskReading.kind("\(output)/\(list[$0])") == .file ? nil : list[$0] }
        }
        return Set(found.joined())
    }

    /// Records what the build was made from (see `Manifest.inputs`).
    public func setInputs(_ inputs: String?) { current.inputs = inputs }

    /// Keeps every published file as it is: the inputs are identical to the last build's.
    public func keepEverything() -> Bool {
        guard let previous, missingPublished.isEmpty else { return false }
        current = previous
        recordedPublished = previous.files.count
        report.unchanged = previous.files.count
        return true
    }

    /// Keeps a published file as it is, without reading it (its inputs did not change), if the
    /// output still holds it.
    public func keep(_ path: String, fingerprint: String?) -> Bool {
        guard previous?.files.contains(path) == true, missingPublished.isEmpty || !missingPublished.contains(path) else { return false }
        keepKept(path, fingerprint: fingerprint)
        return true
    }

    /// Keeps a published file that `canKeep` (or `keepChecker`) said can be kept, without asking again.
    public func keepKept(_ path: String, fingerprint: String?) {
        recordFile(path, changed: false, fingerprint: fingerprint, published: true)
    }

    func makeParents(_ path: String) throws { try makeFolders(Self.ancestors(of: path)) }

    /// Makes each of `folders` in staging, in order, unless this build already made it.
    func makeFolders(_ folders: [String]) throws {
        for folder in folders where madeFolders.insert(folder).inserted { try fs.makeFolder("\(staging)/\(folder)") }
    }

    /// The folders holding `path`, outermost first: `a/b/c.html` is in `a` and `a/b`.
    static func ancestors(of path: String) -> [String] {
        var out: [String] = []
        var prefix = ""
        for part in path.split(separator: "/").dropLast() {
            prefix += (prefix.isEmpty ? "" : "/") + part
            out.append(prefix)
        }
        return out
    }

    /// Throws unless `path` is one portdash may write: inside the output, and not the manifest.
    static func refuseUnsafe(_ path: String) throws {
        guard SafePath.isValid(path), path != Manifest.fileName else {
            throw PublishError("refusing to write \(path): not a safe path inside the output folder", .cannotCreate)
        }
    }
}
