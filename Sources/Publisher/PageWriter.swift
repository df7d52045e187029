/// Writes pages into staging from the threads that render them, so creating tens of thousands of
/// files (the largest part of a cold build's time in the kernel) runs on every core. Only the file
/// operations happen here; the build's thread records each file afterwards, in order
/// (`Publisher.recordWritten`), so the manifest never depends on thread timing.
public struct PageWriter: Sendable {
    let staging: String
    let output: String
    let fs: any FileSystem
    /// The files of the published site, which a page is compared with before it is written.
    let published: Set<String>
    /// Folders made before the writer was: not made again.
    let made: Set<String>
    /// The published files the output no longer holds.
    let missing: Set<String>
    /// Staging holds only what this build wrote (see `Publisher.stagingFresh`).
    let stagingFresh: Bool

    /// A written page: whether its bytes differ from the published file's.
    public struct Written: Sendable {
        public let path: String
        public let changed: Bool
    }

    /// Writes `pages` (paths relative to the output), making their folders first.
    public func write(_ pages: [(path: String, text: String)]) throws -> [Written] {
        try write(pages.map(\.path)) { i, file in
            var text = pages[i].text
            try text.withUTF8 { try file.append($0) }
        }
    }

    /// Writes `pages` given as their UTF-8 bytes, as `write` does.
    public func write(_ pages: [(path: String, bytes: [UInt8])]) throws -> [Written] {
        try write(pages.map(\.path)) { i, file in try file.append(pages[i].bytes) }
    }

    /// Writes the file at each of `paths`, its bytes appended by `fill(index, file)`.
    private func write(_ paths: [String], _ fill: (Int, StagedFile) throws -> Void) throws -> [Written] {
        var fresh = Set<String>()
        var out: [Written] = []
        for (i, path) in paths.enumerated() {
            try Publisher.refuseUnsafe(path)
            for folder in Publisher.ancestors(of: path) where !made.contains(folder) && fresh.insert(folder).inserted {
                try fs.makeFolder("\(staging)/\(folder)")
            }
            let live = "\(output)/\(path)"
            let file = StagedFile(
                relative: path, stagedPath: "\(staging)/\(path)",
                publishedPath: published.contains(path) && !missing.contains(path) ? live : nil, fs: fs, fresh: stagingFresh)
            do {
                try fill(i, file)
                out.append(Written(path: path, changed: try file.finish()))
            } catch {
                file.abandon()
                throw error
            }
        }
        return out
    }
}

extension Publisher {
    /// A writer for pages of `folders` (each made here, once) to use from any thread.
    public func pageWriter(folders: [String]) throws -> PageWriter {
        precondition(started, "begin() first")
        try markDirty()
        for folder in folders { try makeFolders(Self.ancestors(of: folder) + [folder]) }
        return PageWriter(
            staging: staging, output: output, fs: fs, published: previous?.files ?? [], made: madeFolders, missing: missingPublished,
            stagingFresh: stagingFresh)
    }

    /// Records a page a `PageWriter` wrote, as `write` records its own.
    public func recordWritten(_ page: PageWriter.Written, fingerprint: String?) {
        recordFile(page.path, changed: page.changed, fingerprint: fingerprint)
    }
}
