/// Values a one-shot build never frees (`BuildOptions.freesMemory` false): the process exits right
/// after, and returns their memory at once, where releasing them object by object would walk
/// every order's strings and arrays first.
enum LeftToExit {
    private final class Box {
        let value: Any
        init(_ value: Any) { self.value = value }
    }

    /// Keeps `value` alive until the process exits, when `keep` is true.
    static func keep(_ value: Any, if keep: Bool) {
        guard keep else { return }
        _ = Unmanaged.passRetained(Box(value))
    }
}
