import Dispatch

/// Runs one job at a time in the background while the caller goes on reading, and hands back its
/// result in submission order: rendering batch k overlaps reading batch k+1 and writing batch k-1.
final class Pipeline<Output: Sendable>: @unchecked Sendable {
    private var group: DispatchGroup?
    private var output: Output?

    /// Starts `job` in the background. Collect the previous job first.
    func submit(_ job: @escaping @Sendable () -> Output) {
        precondition(group == nil, "collect() the previous job first")
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            let result = job()
            self.output = result
            group.leave()
        }
        self.group = group
    }

    /// Waits for the job in flight, if any, and returns its result.
    func collect() -> Output? {
        guard let group else { return nil }
        group.wait()
        self.group = nil
        defer { output = nil }
        return output
    }
}
