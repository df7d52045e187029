import Dispatch

/// A value computed on another core from the moment it is made; `value` waits for it. For work a
/// build will need a little later (parsing a manifest, looking at thousands of files) that can
/// overlap what the build does first.
public final class Eventually<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Value?

    /// Starts `body` in the background, on `queue`.
    public init(on queue: DispatchQueue = .global(), _ body: @escaping @Sendable () -> Value) {
        queue.async {
            self.result = body()
            self.done.signal()
        }
    }

    /// Whether the value is computed (`value` would not wait).
    public var isReady: Bool {
        guard done.wait(timeout: .now()) == .success else { return false }
        done.signal()
        return true
    }

    /// Frees the value on another core once it is computed; for a large value (thousands of
    /// models and strings) the caller is done with, whose freeing would hold up the caller's
    /// thread. `value` must not be asked for after this.
    public func freeInBackground() {
        DispatchQueue.global().async {
            self.done.wait()
            self.result = nil
            self.done.signal()
        }
    }

    /// The value, once computed.
    public var value: Value {
        done.wait()
        done.signal()
        return result!
    }
}
