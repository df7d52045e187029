/// Drops keys whose value is an absent optional, so templates see "missing", never a wrapped nil.
func compacted(_ context: [String: Any]) -> [String: Any] {
    context.filter { entry in
        let mirror = Mirror(reflecting: entry.value)
        return !(mirror.displayStyle == .optional && mirror.children.isEmpty)
    }
}
