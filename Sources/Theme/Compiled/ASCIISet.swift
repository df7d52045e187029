/// A set of ASCII characters looked up by table: what a template's names are made of, tested for
/// every character of every theme on every build, where hashing each `Character` cost more than
/// the rest of the compiler.
struct ASCIISet: Sendable {
    private var members = [Bool](repeating: false, count: 128)

    init(_ characters: String) {
        for byte in characters.utf8 where byte < 128 { members[Int(byte)] = true }
    }

    /// Whether `character` is one of the set's: a single ASCII scalar among them ("\r\n", whose
    /// `asciiValue` is that of "\n", is never a member).
    func contains(_ character: Character) -> Bool {
        guard character.unicodeScalars.count == 1, let value = character.asciiValue else { return false }
        return members[Int(value)]
    }
}
