/// Drops keys whose value is an absent optional or an empty string, so `{{^key}}` sections show
/// their "none" text (swift-mustache treats an empty string as present).
func compacted(_ context: [String: Any]) -> [String: Any] {
    context.filter { entry in
        if let text = entry.value as? String { return !text.isEmpty }
        let mirror = Mirror(reflecting: entry.value)
        return !(mirror.displayStyle == .optional && mirror.children.isEmpty)
    }
}
