/// Finds the partials a template names (`{{> name}}` and `{{< name}}`), because swift-mustache
/// renders a missing partial as nothing, which must not pass silently.
enum PartialReferences {
    static func find(in text: String) -> [(name: String, line: Int)] {
        var out: [(name: String, line: Int)] = []
        let bytes = Array(text.utf8)
        var line = 1
        var i = 0
        let brace = UInt8(ascii: "{"), close = UInt8(ascii: "}"), newline = UInt8(ascii: "\n"), space = UInt8(ascii: " ")
        while i < bytes.count {
            if bytes[i] == newline { line += 1 }
            guard bytes[i] == brace, i + 1 < bytes.count, bytes[i + 1] == brace else {
                i += 1
                continue
            }
            var end = i + 2
            while end + 1 < bytes.count, !(bytes[end] == close && bytes[end + 1] == close) { end += 1 }
            guard end + 1 < bytes.count else { break }
            var body = bytes[(i + 2)..<end].drop { $0 == space }
            if let sigil = body.first, sigil == UInt8(ascii: ">") || sigil == UInt8(ascii: "<") {
                body = body.dropFirst()
                let name = String(decoding: body, as: UTF8.self).trimmingWhitespace
                if !name.isEmpty && !name.hasPrefix("*") { out.append((name, line)) }
            }
            line += bytes[(i + 2)..<end].filter { $0 == newline }.count
            i = end + 2
        }
        return out
    }
}

extension String {
    var trimmingWhitespace: String {
        String(self.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
