import Foundation

/// The search's folding (`SiteSearch.words`: diacritics and case folded, then lower case) of text
/// whose characters are all below U+0300 (ASCII, Latin-1 and the Latin extensions): there it folds
/// each character on its own, so each is folded once by Foundation and remembered. Combining
/// marks and every later block take Foundation's path for the whole text.
enum LatinFold {
    /// The folded text, or nil when it holds a character at or above U+0300.
    static func fold(_ text: String) -> String? {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                out.unicodeScalars.append(scalar)
                continue
            }
            guard scalar.value < 0x300, let folded = cache.folded(scalar) else { return nil }
            out += folded
        }
        return out
    }

    /// Foundation's folding of a text (or of one character, for `cache`), as `SiteSearch.foundationWords` splits it.
    static func foundationFold(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: SiteSearch.posix).lowercased()
    }

    private static let cache = Cache()

    /// Folds seen so far, shared by every thread.
    private final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private var folds: [UInt32: String?] = [:]

        /// The character's fold; nil when the fold holds a combining mark (or anything at or
        /// above U+0300), which could join the character before it.
        func folded(_ scalar: Unicode.Scalar) -> String? {
            lock.lock()
            defer { lock.unlock() }
            if let known = folds[scalar.value] { return known }
            let fold = LatinFold.foundationFold(String(Character(scalar)))
            let usable: String? = fold.unicodeScalars.allSatisfy { $0.value < 0x300 } ? fold : nil
            folds[scalar.value] = usable
            return usable
        }
    }
}
