extension Publisher {
    /// Completes the publish: when anything changed, assembles the new site in staging and swaps
    /// it in; when nothing changed, touches nothing. Returns what was done.
    public func finish() throws -> PublishReport {
        let old = previous?.files ?? []
        report.removed = old.subtracting(current.files).sorted()
        report.written.sort()
        let manifestChanged = previous.map { $0 != current } ?? true
        if report.written.isEmpty && report.removed.isEmpty && !manifestChanged && previous != nil {
            try removeTree(staging)
            return report
        }
        // Unchanged files: hard links, so their inode and mtime stay.
        for path in current.files.sorted() where !report.written.contains(path) {
            try makeParents(path)
            try fs.link("\(output)/\(path)", "\(staging)/\(path)")
        }
        try carryForeignFiles(from: output, skipping: old)
        try writeManifest()
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
            try carryForeignFiles(from: staging, skipping: old, move: true)
            try removeTree(staging)
        }
        report.swapped = true
        return report
    }

    /// Abandons the publish: removes staging, leaves the output as it was.
    public func abort() {
        open?.abandon()
        try? removeTree(staging)
    }

    func writeManifest() throws {
        let fd = try fs.create("\(staging)/\(Manifest.fileName)")
        var text = current.text
        try text.withUTF8 { (buffer) in try fs.write(fd, UnsafeRawBufferPointer(buffer), path: Manifest.fileName) }
        try fs.close(fd, path: Manifest.fileName)
    }

    /// Links (or moves) every file under `folder` that portdash did not write into staging or the
    /// output, so files a host put in the output survive every swap.
    func carryForeignFiles(from folder: String, skipping ours: Set<String>, move: Bool = false) throws {
        let target = move ? output : staging
        let tree = DiskReading.walk(folder)
        for dir in tree.folders where DiskReading.kind("\(target)/\(dir)") == .missing {
            try fs.makeFolder("\(target)/\(dir)")
        }
        for path in tree.files where path != Manifest.fileName && !ours.contains(path) {
            if move && DiskReading.kind("\(target)/\(path)") != .missing { continue } // already carried
            var destination = "\(target)/\(path)"
            if !move && current.files.contains(path) { destination += ".portdash-kept" } // ours now claims the name
            if move { try fs.rename("\(folder)/\(path)", destination) } else { try fs.link("\(folder)/\(path)", destination) }
        }
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
