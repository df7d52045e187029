import Glibc

/// Splitting UTF-8 text at a one-byte separator by `memchr`. The standard library's `split` calls
/// a closure for every byte, about fourteen instructions a byte: on the manifest (megabytes on one
/// line of notes) and the order facts, run by every rebuild, that was a tenth of a one-order
/// rebuild's instructions.
public enum ByteSplit {
    /// Calls `body` with the range of each piece of `bytes` between `separator` bytes, in order:
    /// n separators make n + 1 pieces, empty ones included, unless `omittingEmpty`.
    public static func forEachPiece(
        _ bytes: UnsafeBufferPointer<UInt8>, separator: UInt8, omittingEmpty: Bool = false, _ body: (Range<Int>) throws -> Void
    ) rethrows {
        guard let base = bytes.baseAddress else {
            if !omittingEmpty { try body(0..<0) }
            return
        }
        var start = 0
        while true {
            let found = memchr(base + start, Int32(separator), bytes.count - start)
            let end = found.map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - base } ?? bytes.count
            if !omittingEmpty || end > start { try body(start..<end) }
            guard found != nil else { return }
            start = end + 1
        }
    }

    /// How many times `byte` occurs in `bytes`.
    public static func count(_ bytes: UnsafeBufferPointer<UInt8>, of byte: UInt8) -> Int {
        var pieces = 0
        forEachPiece(bytes, separator: byte) { _ in pieces += 1 }
        return pieces - 1
    }

    /// The pieces of `text` between `separator` bytes, as strings (see `forEachPiece`).
    public static func strings(_ text: some StringProtocol, separator: UInt8, omittingEmpty: Bool = false) -> [String] {
        var text = Substring(text)
        return text.withUTF8 { bytes in
            var out: [String] = []
            forEachPiece(bytes, separator: separator, omittingEmpty: omittingEmpty) { range in
                out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
            }
            return out
        }
    }
}
