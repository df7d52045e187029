import PortingModel

/// Runs jobs in the background while the caller goes on reading, and hands back their results in
/// submission order: rendering batch k overlaps reading batch k+1 and writing batch k-1. Up to
/// `depth` jobs run at once, so the next batch fills the cores while the last pages of one finish
/// (an order of 1,000 numbers takes as long as a hundred small ones).
final class Pipeline<Output: Sendable> {
    private var jobs: [Eventually<Output>] = []
    private let depth: Int

    /// `depth`: the jobs kept in flight before `submit` hands back the oldest's result.
    init(depth: Int = 2) { self.depth = depth }

    /// Starts `job` in the background; when that makes more than `depth` in flight, waits for the
    /// oldest and returns its result.
    @discardableResult
    func submit(_ job: @escaping @Sendable () -> Output) -> Output? {
        jobs.append(Eventually(job))
        return jobs.count > depth ? collect() : nil
    }

    /// Waits for the oldest job in flight, if any, and returns its result.
    func collect() -> Output? { jobs.isEmpty ? nil : jobs.removeFirst().value }

    /// Waits for every job in flight, dropping their results (never leave a job running past an error).
    func drain() {
        while collect() != nil {}
    }
}
