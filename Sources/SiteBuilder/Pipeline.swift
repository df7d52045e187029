import Dispatch

/// Batches a build keeps in flight: a second one fills the cores while the last pages of one finish
/// (an order of 1,000 numbers takes as long as a hundred small ones).
let batchesInFlight = 2

/// Runs jobs in the background while the caller goes on reading, and hands back their results in
/// submission order: rendering batch k overlaps reading batch k+1 and writing batch k-1. With more
/// than one job in flight, the next batch fills the cores while the last pages of one finish.
final class Pipeline<Output: Sendable>: @unchecked Sendable {
    /// One job's result, once its group is left.
    private final class Slot: @unchecked Sendable {
        let group = DispatchGroup()
        var output: Output?
    }
    private var slots: [Slot] = []

    /// Jobs submitted and not yet collected.
    var inFlight: Int { slots.count }

    /// Starts `job` in the background.
    func submit(_ job: @escaping @Sendable () -> Output) {
        let slot = Slot()
        slot.group.enter()
        DispatchQueue.global().async {
            slot.output = job()
            slot.group.leave()
        }
        slots.append(slot)
    }

    /// Waits for the oldest job in flight, if any, and returns its result.
    func collect() -> Output? {
        guard !slots.isEmpty else { return nil }
        let slot = slots.removeFirst()
        slot.group.wait()
        return slot.output
    }

    /// Waits for every job in flight, dropping their results (never leave a job running past an error).
    func drain() {
        while collect() != nil {}
    }
}
