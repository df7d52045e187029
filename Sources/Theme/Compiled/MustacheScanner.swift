/// Reads a template's text by characters, the way swift-mustache's parser does, so that
/// whitespace, newlines and standalone tags are treated identically.
struct MustacheScanner {
    let characters: [Character]
    /// Where each character starts in `text`, and its end last: a run of characters is copied out
    /// of the text as bytes, not rebuilt a character at a time.
    private let starts: [String.Index]
    private let text: String
    var position = 0

    init(_ text: String) {
        self.text = text
        characters = Array(text)
        starts = Array(text.indices) + [text.endIndex]
    }

    /// The characters from `start` up to the current position, as a string.
    private func string(from start: Int) -> String { String(text[starts[start]..<starts[position]]) }

    var reachedEnd: Bool { position == characters.count }
    /// The current character, or NUL at the end.
    var current: Character { reachedEnd ? "\0" : characters[position] }

    mutating func advance() { position += 1 }

    /// Reads the characters `accept` takes: a predicate, not a set, since hashing a character costs
    /// more than comparing it, and a theme is read by the character on every build.
    @discardableResult
    mutating func read(while accept: (Character) -> Bool) -> String {
        let start = position
        while !reachedEnd, accept(characters[position]) { position += 1 }
        return string(from: start)
    }

    @discardableResult
    mutating func readWhitespace() -> String {
        let start = position
        while !reachedEnd, characters[position].isWhitespace { position += 1 }
        return string(from: start)
    }

    /// Reads `text` if it comes next.
    mutating func read(_ text: String) -> Bool {
        var at = position
        for wanted in text {
            guard at < characters.count, characters[at] == wanted else { return false }
            at += 1
        }
        position = at
        return true
    }

    /// Reads up to (not including) the first character matching `stop`, or to the end.
    mutating func read(until stop: (Character) -> Bool) -> String {
        let start = position
        while !reachedEnd, !stop(characters[position]) { position += 1 }
        return string(from: start)
    }

    /// Reads up to the first character matching `stop`; nil (and no move) when none comes.
    mutating func read(upTo stop: (Character) -> Bool) -> String? {
        let start = position
        while !reachedEnd, !stop(characters[position]) { position += 1 }
        if reachedEnd {
            position = start
            return nil
        }
        return string(from: start)
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
