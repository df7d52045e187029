import Dispatch

/// Work split over every core, its results in order, so output never depends on thread timing.
public enum Parallel {
    /// `transform` of each of `0..<count`, computed on every core, in index order.
    public static func map<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(transform) }
        var results = [T?](repeating: nil, count: count)
        results.withUnsafeMutableBufferPointer { out in
            let slots = SharedSlots(base: out)
            DispatchQueue.concurrentPerform(iterations: count) { i in slots.base[i] = transform(i) }
        }
        return results.map { $0! }
    }
}

/// Result slots shared by parallel workers; each worker writes only its own indices.
public struct SharedSlots<T>: @unchecked Sendable {
    public let base: UnsafeMutableBufferPointer<T>

    public init(base: UnsafeMutableBufferPointer<T>) {
        self.base = base
    }
}
