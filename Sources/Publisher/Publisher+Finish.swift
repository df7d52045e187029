import PortingModel

extension Publisher {
    /// Completes the publish: when anything changed, assembles the new site in staging and swaps
    /// it in; when nothing changed, touches nothing. Returns what was done.
    public func finish() throws -> PublishReport {
        stagingFresh = false  // files are linked into staging from here on
        let old = previous?.files ?? []
        // A rebuild mostly publishes the same paths as the last one: then nothing is compared path by path.
        let same = samePathsAsPublished
        report.removed = same ? [] : old.subtracting(current.files).sorted()
        report.written.sort()
        // What this build wrote and found of the host's is recorded below, if it swaps.
        current.written = previous?.written
        (current.foreign, current.foreignFolders) = (previous?.foreign, previous?.foreignFolders)
        // The manifests are compared (47,000 paths at 20,000 orders) only when no file changed.
        if report.written.isEmpty && same, let previous, previous == current {
            if !stagingLooksReusable {
                try removeTree(staging)
            } else if dirty {
                try fs.removeFile("\(staging)/\(Self.dirtyMarker)")
            }
            return report
        }
        try markDirty()
        // Sorting the paths is most of the manifest's cost (47,000 at 20,000 orders): it is done on
        // another core while staging is brought up to date.
        let files = current.files, previousSorted = same ? previousSorted : nil
        let sortedFiles = Eventually { previousSorted ?? files.sorted() }
        let written = Set(report.written)
        current.written = report.written
        try linkUnchanged(skipping: written, same: same)
        if let kept = keptStaging { try dropStale(kept, same: same) }
        // Every folder of portdash's files, old and new: never the host's, never removed as empty.
        let oldFolders = previousFolders?.value ?? Self.folders(of: old)
        let newFolders = same ? oldFolders : Self.folders(of: current.files)
        let ourFolders = same ? oldFolders : oldFolders.union(newFolders)
        let scan = try mirrorForeignFiles(ours: (old, oldFolders), current: newFolders, ourFolders: ourFolders)
        try writeManifest(sortedFiles: sortedFiles.value)
        try writeFolderRecord()
        try fs.removeFile("\(staging)/\(Self.dirtyMarker)")
        if DiskReading.kind(output) == .missing {
            try fs.rename(staging, output)
        } else {
            do {
                try fs.exchange(staging, output)
            } catch {
                // No atomic exchange on this file system: two renames, with a moment between them.
                let aside = staging + "-old"
                try removeTree(aside)
                try fs.rename(output, aside)
                try fs.rename(staging, output)
                try fs.rename(aside, staging)
            }
            // Files a host added to the old folder after the links above: move them across.
            try carryNewForeignFiles(ours: old, ourFolders: ourFolders, scan: scan)
        }
        report.swapped = true
        return report
    }

    /// Abandons the publish: removes staging, leaves the output as it was.
    public func abort() {
        try? removeTree(staging)
    }

    /// Abandons a build that stopped before it changed anything (its theme or database could not be
    /// read): removes the empty staging folder `begin` made, and keeps a kept one for the next build.
    public func abandon() {
        if !stagingLooksReusable { abort() }
    }

    /// Unchanged files: hard links to the published ones, so their inode and mtime stay. In a kept
    /// staging folder most already are; only the others are relinked.
    ///
    /// When the published manifest lists what its build wrote, only those files (and any the kept
    /// staging folder lacks) can differ between staging and the output: the rest are already links.
    /// `same`: this build publishes the paths the last one did (`samePathsAsPublished`).
    func linkUnchanged(skipping written: Set<String>, same: Bool) throws {
        var paths = current.files
        if let kept = keptStaging, let changedBefore = previous?.written {
            let notKept = same ? kept.onlyPublished : current.files.subtracting(kept.files)
            paths = Set(changedBefore).union(notKept).intersection(current.files)
        }
        for path in paths.sorted() where !written.contains(path) {
            let live = "\(output)/\(path)", staged = "\(staging)/\(path)"
            if reusable, DiskReading.sameFile(live, staged) { continue }
            try makeParents(path)
            if reusable { try fs.removeFile(staged) }
            try fs.link(live, staged)
        }
    }

    /// Removes from a kept staging folder the files of its old site that the new one does not have,
    /// and folders left empty by that. `same`: as for `linkUnchanged`.
    func dropStale(_ kept: KeptStaging, same: Bool) throws {
        var folders = Set<String>()
        for path in (same ? kept.onlyKept : kept.files) where !current.files.contains(path) {
            try fs.removeFile("\(staging)/\(path)")
            var parent = path
            while let slash = parent.lastIndex(of: "/") {
                parent = String(parent[..<slash])
                folders.insert(parent)
            }
        }
        for folder in folders.sorted(by: { $0.count > $1.count }) {
            if DiskReading.entries("\(staging)/\(folder)").isEmpty { try fs.removeFolder("\(staging)/\(folder)") }
        }
    }

    /// Writes the manifest into staging; `sortedFiles`: its files, sorted.
    func writeManifest(sortedFiles: [String]) throws {
        let path = "\(staging)/\(Manifest.fileName)"
        try fs.removeFile(path)
        let fd = try fs.create(path)
        var text = current.text(sortedFiles: sortedFiles)
        try text.withUTF8 { (buffer) in try fs.write(fd, UnsafeRawBufferPointer(buffer), path: Manifest.fileName) }
        try fs.close(fd, path: Manifest.fileName)
        manifestIdentity = DiskReading.identity(path) ?? ""
    }

    /// Makes staging hold exactly the files portdash did not write that the output holds (a host's
    /// README, `.well-known/`), as hard links, so they survive every swap; and none that the host
    /// removed since. Returns how the output looked, for `carryNewForeignFiles`. `ours`: the
    /// published files and their folders; `current`: the folders of this build's files;
    /// `ourFolders`: both builds' folders.
    func mirrorForeignFiles(
        ours: (files: Set<String>, folders: Set<String>), current newFolders: Set<String>, ourFolders: Set<String>
    ) throws
        -> ForeignScan
    {
        let scan =
            scanForeignFromRecord(ours: ours.files, oursFolders: ours.folders, oursSorted: previousSorted)
            ?? scanForeignByWalk(ours: ours.files, ourFolders: ourFolders)
        var made = Set<String>()
        func makeFolder(_ dir: String) throws {
            guard made.insert(dir).inserted, DiskReading.kind("\(staging)/\(dir)") == .missing else { return }
            try fs.makeFolder("\(staging)/\(dir)")
        }
        for dir in scan.folders.sorted() { try makeFolder(dir) }
        var placed: [String] = []
        for path in scan.files.sorted() {
            var destination = path
            if current.files.contains(path) { destination += ".portdash-kept" }  // ours now claims the name
            for parent in Self.ancestors(of: destination) { try makeFolder(parent) }
            placed.append(destination)
            if DiskReading.sameFile("\(output)/\(path)", "\(staging)/\(destination)") { continue }
            try fs.removeFile("\(staging)/\(destination)")
            try fs.link("\(output)/\(path)", "\(staging)/\(destination)")
        }
        if let kept = keptStaging { try dropStaleForeign(kept, scan: scan, placed: Set(placed), ourFolders: ourFolders) }
        recordForeign(files: placed, folders: scan.folders, currentFolders: newFolders)
        return scan
    }

    /// Removes from a kept staging folder the host's files and folders it holds that the output no
    /// longer has. Staging holds the site before the last one, with the host's files the last build
    /// found in it (the published manifest's `foreign`); without that record, staging is walked.
    func dropStaleForeign(_ kept: KeptStaging, scan: ForeignScan, placed: Set<String>, ourFolders: Set<String>) throws {
        if let staleFiles = previous?.foreign, let staleFolders = previous?.foreignFolders {
            for path in staleFiles where !placed.contains(path) && !current.files.contains(path) {
                if DiskReading.kind("\(staging)/\(path)") != .missing { try fs.removeFile("\(staging)/\(path)") }
            }
            let keep = ourFolders.union(Self.folders(of: placed)).union(scan.folders)
            let candidates = Set(staleFolders).union(Self.folders(of: staleFiles)).subtracting(keep)
            for dir in candidates.sorted(by: { $0.count > $1.count }) where DiskReading.kind("\(staging)/\(dir)") == .folder {
                if DiskReading.entries("\(staging)/\(dir)").isEmpty { try fs.removeFolder("\(staging)/\(dir)") }
            }
            return
        }
        let staged = DiskReading.walk(staging)
        for path in staged.files
        where !current.files.contains(path) && !kept.files.contains(path)
            && path != Manifest.fileName && path != Self.dirtyMarker && !placed.contains(path)
        {
            try fs.removeFile("\(staging)/\(path)")
        }
        // Folders the host removed from the output: drop them from staging too, once empty.
        for dir in staged.folders.reversed() where !scan.folders.contains(dir) && !ourFolders.contains(dir) {
            if DiskReading.entries("\(staging)/\(dir)").isEmpty { try fs.removeFolder("\(staging)/\(dir)") }
        }
    }

    /// Moves into the output files a host added to it while this build ran (they are in the folder
    /// that was just swapped out). Unless the output's folders are exactly as `scan` found them,
    /// the swapped-out folder is walked. When anything is carried, the swapped-out folder (the next
    /// build's staging) holds host files its records do not list, so it is marked to be rebuilt.
    func carryNewForeignFiles(ours: Set<String>, ourFolders: Set<String>, scan: ForeignScan?) throws {
        guard mayHaveNewForeignFiles(since: scan) else { return }
        let swappedOut = DiskReading.walk(staging)
        var carried = false
        for dir in swappedOut.folders where !ourFolders.contains(dir) && DiskReading.kind("\(output)/\(dir)") == .missing {
            try fs.makeFolder("\(output)/\(dir)")
            carried = true
        }
        for path in swappedOut.files where path != Manifest.fileName && path != Self.dirtyMarker && !ours.contains(path) {
            if DiskReading.kind("\(output)/\(path)") != .missing { continue }  // carried already
            if current.files.contains(String(path)) { continue }
            for parent in Self.ancestors(of: path) where DiskReading.kind("\(output)/\(parent)") == .missing {
                try fs.makeFolder("\(output)/\(parent)")
            }
            // A file the host added while the build ran: link it across (the swapped-out folder
            // keeps its copy as the previous site's, and the next build mirrors it).
            try fs.link("\(staging)/\(path)", "\(output)/\(path)")
            carried = true
        }
        if carried {
            let fd = try fs.create("\(staging)/\(Self.dirtyMarker)")
            try fs.close(fd, path: Self.dirtyMarker)
        }
    }

    /// Every folder that holds one of `files`, at any depth. A file in the same folder as the file
    /// before it adds nothing, so files in sorted order (the manifest's), where the files of one
    /// folder come together, make each folder into a string once rather than once per file.
    static func folders(of files: some Sequence<String>) -> Set<String> {
        var out = Set<String>()
        var last: Substring.UTF8View?
        for file in files {
            guard let slash = file.utf8.lastIndex(of: UInt8(ascii: "/")) else { continue }
            let parent = file.utf8[..<slash]
            if let last, last.elementsEqual(parent) { continue }
            last = parent
            var end = slash
            while out.insert(String(file[..<end])).inserted, let up = file.utf8[..<end].lastIndex(of: UInt8(ascii: "/")) { end = up }
        }
        return out
    }

    /// Removes a folder tree that only portdash writes (staging). Missing is fine.
    func removeTree(_ folder: String) throws {
        guard DiskReading.kind(folder) == .folder else { return }
        let tree = DiskReading.walk(folder)
        for file in tree.files { try fs.removeFile("\(folder)/\(file)") }
        for dir in tree.folders.reversed() { try fs.removeFolder("\(folder)/\(dir)") }
        try fs.removeFolder(folder)
    }
}
