import Glibc

/// One output file written in pieces. While its bytes match the published file of the same path,
/// nothing is written; at the first difference the matching prefix is copied and writing begins.
/// So an unchanged file costs a read, and a changed one a write, never both in full.
public final class StagedFile {
    let relative: String
    let stagedPath: String
    let fs: any FileSystem
    private var old: Int32 = -1
    private var matched = 0
    private var out: Int32 = -1
    private var oldPath: String
    private var compareBuffer: [UInt8] = []
    private(set) var changed = false

    /// Nothing can be at `stagedPath` yet (see `Publisher.stagingFresh`).
    private let fresh: Bool

    init(relative: String, stagedPath: String, publishedPath: String?, fs: any FileSystem, fresh: Bool = false) {
        self.relative = relative
        self.stagedPath = stagedPath
        self.fs = fs
        self.fresh = fresh
        self.oldPath = publishedPath ?? ""
        if let publishedPath { old = open(publishedPath, O_RDONLY | O_CLOEXEC) }
        if old < 0 { changed = true }
    }

    /// Appends bytes to the file (in place when they are contiguous, as a page's text is).
    public func append(_ bytes: some Collection<UInt8>) throws {
        let done: Void? = try bytes.withContiguousStorageIfAvailable { try append(UnsafeRawBufferPointer($0)) }
        if done == nil { try Array(bytes).withUnsafeBytes { try append($0) } }
    }

    private func append(_ raw: UnsafeRawBufferPointer) throws {
        if !changed {
            if compareBuffer.count < raw.count { compareBuffer = [UInt8](repeating: 0, count: raw.count) }
            let got = readFully(old, into: &compareBuffer, count: raw.count)
            if got == raw.count && (raw.isEmpty || compareBuffer.withUnsafeBytes { memcmp($0.baseAddress!, raw.baseAddress!, raw.count) == 0 }) {
                matched += raw.count
                return
            }
            try diverge()
        }
        if out < 0 { out = try createStaged() }
        try fs.write(out, raw, path: stagedPath)
    }

    /// Appends UTF-8 text.
    public func append(_ text: String) throws {
        var text = text
        try text.withUTF8 { (buffer) in try append(buffer) }
    }

    /// Finishes the file. Returns true when its bytes differ from the published file's.
    @discardableResult
    public func finish() throws -> Bool {
        if !changed {
            var probe: UInt8 = 0
            let more = read(old, &probe, 1)
            if more == 0 {
                close(old)
                old = -1
                return false
            }
            try diverge()
        }
        if old >= 0 { close(old); old = -1 }
        if out < 0 { out = try createStaged() }
        try fs.close(out, path: stagedPath)
        out = -1
        return true
    }

    /// Abandons the file (on an error elsewhere).
    public func abandon() {
        if old >= 0 { close(old); old = -1 }
        if out >= 0 { close(out); out = -1 }
    }

    /// Starts writing: copies the prefix that matched so far from the published file.
    private func diverge() throws {
        changed = true
        out = try createStaged()
        if old >= 0 {
            if matched > 0 {
                lseek(old, 0, SEEK_SET)
                var buffer = [UInt8](repeating: 0, count: min(matched, 1 << 20))
                var left = matched
                while left > 0 {
                    let n = readFully(old, into: &buffer, count: min(left, buffer.count))
                    guard n > 0 else { throw PublishError.system("read", oldPath, errno: errno) }
                    try buffer.withUnsafeBytes { (raw) in try fs.write(out, UnsafeRawBufferPointer(rebasing: raw[0..<n]), path: stagedPath) }
                    left -= n
                }
            }
            close(old)
            old = -1
        }
    }

    /// A new file at the staged path. Whatever was there (in a staging folder kept from an earlier
    /// build it may be a hard link to a published file) is unlinked first, never written through.
    /// Creates the staged file. A file kept in staging may be a hard link to the published one, so
    /// it is unlinked first, never truncated in place.
    private func createStaged() throws -> Int32 {
        if !fresh { try fs.removeFile(stagedPath) }
        return try fs.create(stagedPath)
    }

    private func readFully(_ fd: Int32, into buffer: inout [UInt8], count: Int) -> Int {
        var total = 0
        while total < count {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + total, count - total) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            total += n
        }
        return total
    }
}
