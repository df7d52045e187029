import Synchronization

/// Names used by templates and models, each interned once to a small number. Templates resolve
/// their names when a theme loads; models when their type is first used. Rendering only reads.
public enum TemplateSymbols {
    private static let table = Mutex<[String: Int]>([:])

    public static func intern(_ name: String) -> Int {
        table.withLock { table in
            if let symbol = table[name] { return symbol }
            let symbol = table.count
            table[name] = symbol
            return symbol
        }
    }
}
