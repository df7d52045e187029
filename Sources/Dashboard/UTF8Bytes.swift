extension [UInt8] {
    /// Appends `text`'s UTF-8 bytes: what pages are rendered into (`Theme.renderBytes`), one copy
    /// of the text's own storage, without the checks an append to a string makes.
    public mutating func append(utf8 text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }
}
