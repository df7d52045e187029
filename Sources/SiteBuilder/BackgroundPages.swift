import Dashboard
import Dispatch
import PortingModel
import Publisher

/// Pages whose text must be made and written, made and written on every core a few batches at a time
/// while the build's thread goes on, and recorded in order on the build's thread. A page whose
/// fingerprint is the published one's is kept at once, and its text never made.
final class BackgroundPages {
    typealias Page = (path: String, fingerprint: String, text: @Sendable () -> String)

    /// Pages handed over together.
    static let batchSize = 32

    private let publisher: Publisher
    private let writer: PageWriter
    /// What every page depends on besides its own inputs (see `SiteRun.base`).
    let base: Fingerprinter
    private let pipeline = Pipeline<[Result<PageWriter.Written, any Error>]>()
    private var pending: [Page] = []
    /// The fingerprints of each batch in flight, oldest first.
    private var inFlight: [[String]] = []

    /// Pages of `folders` (made here) and of any other folder (made as pages need them).
    init(publisher: Publisher, base: Fingerprinter, folders: [String] = []) throws {
        self.publisher = publisher
        self.base = base
        writer = try publisher.pageWriter(folders: folders)
    }

    deinit { pipeline.drain() }

    /// Keeps the page if it was published from `fingerprint`; otherwise queues it to be made and
    /// written. Returns whether it was queued.
    @discardableResult
    func add(path: String, fingerprint: String, text: @escaping @Sendable () -> String) throws -> Bool {
        if publisher.canKeep(path, fingerprint: fingerprint) {
            publisher.keepKept(path, fingerprint: fingerprint)
            return false
        }
        pending.append((path, fingerprint, text))
        if pending.count >= Self.batchSize { try submit() }
        return true
    }

    /// A search shard, under `base` and what it lists.
    func add(_ shard: SiteSearch.Shard) throws { try add(path: shard.path, fingerprint: print(shard.fingerprint), text: shard.text) }
    func add(_ shard: InventorySearch.Shard) throws { try add(path: shard.path, fingerprint: print(shard.fingerprint), text: shard.text) }

    private func print(_ fingerprint: String) -> String {
        var hasher = base
        hasher.add(fingerprint)
        return hasher.hex
    }

    /// Writes what is queued and records everything written. Call before the stage ends.
    func finish() throws {
        try submit()
        while let done = pipeline.collect() { try record(done) }
    }

    private func submit() throws {
        let batch = pending, writer = writer
        pending.removeAll()
        guard !batch.isEmpty else { return }
        inFlight.append(batch.map(\.fingerprint))
        try record(
            pipeline.submit {
                var results = [Result<PageWriter.Written, any Error>](repeating: .failure(CancellationError()), count: batch.count)
                results.withUnsafeMutableBufferPointer { out in
                    let slots = SharedSlots(base: out)
                    DispatchQueue.concurrentPerform(iterations: batch.count) { i in
                        slots.base[i] = Result { try writer.write([(batch[i].path, batch[i].text())])[0] }
                    }
                }
                return results
            })
    }

    /// Records the oldest batch in flight.
    private func record(_ done: [Result<PageWriter.Written, any Error>]?) throws {
        guard let done else { return }
        let fingerprints = inFlight.removeFirst()
        for (page, fingerprint) in zip(done, fingerprints) { publisher.recordWritten(try page.get(), fingerprint: fingerprint) }
    }
}
