/// Reads a template's text by characters, the way swift-mustache's parser does, so that
/// whitespace, newlines and standalone tags are treated identically.
struct MustacheScanner {
    let characters: [Character]
    var position = 0

    init(_ text: String) { characters = Array(text) }

    var reachedEnd: Bool { position == characters.count }
    /// The current character, or NUL at the end.
    var current: Character { reachedEnd ? "\0" : characters[position] }

    mutating func advance() { position += 1 }

    @discardableResult
    mutating func read(while set: Set<Character>) -> String {
        let start = position
        while !reachedEnd, set.contains(characters[position]) { position += 1 }
        return String(characters[start..<position])
    }

    @discardableResult
    mutating func readWhitespace() -> String {
        let start = position
        while !reachedEnd, characters[position].isWhitespace { position += 1 }
        return String(characters[start..<position])
    }

    /// Reads `text` if it comes next.
    mutating func read(_ text: String) -> Bool {
        let wanted = Array(text)
        guard characters.count - position >= wanted.count else { return false }
        guard Array(characters[position..<position + wanted.count]) == wanted else { return false }
        position += wanted.count
        return true
    }

    /// Reads up to (not including) the first character in `set`, or to the end.
    mutating func read(until set: Set<Character>) -> String {
        let start = position
        while !reachedEnd, !set.contains(characters[position]) { position += 1 }
        return String(characters[start..<position])
    }

    /// Reads up to the first character matching `stop`; nil (and no move) when none comes.
    mutating func read(upTo stop: (Character) -> Bool) -> String? {
        let start = position
        while !reachedEnd, !stop(characters[position]) { position += 1 }
        if reachedEnd {
            position = start
            return nil
        }
        return String(characters[start..<position])
    }

    /// Skips past the next `text`; false (and no move) when it does not occur.
    mutating func skip(past text: String) -> Bool {
        let wanted = Array(text)
        var i = position
        while i + wanted.count <= characters.count {
            if Array(characters[i..<i + wanted.count]) == wanted {
                position = i + wanted.count
                return true
            }
            i += 1
        }
        return false
    }

    /// The 1-based line and column of the current position.
    var lineAndColumn: (line: Int, column: Int) {
        var line = 1
        var column = 1
        for c in characters[0..<min(position, characters.count)] {
            if c.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}
