import Dashboard
import PortingModel
import Publisher

/// Search shards whose text must be made and written: made and written on another core, a batch
/// at a time, while the build's thread reads on; recorded in order on the build's thread. A shard
/// whose fingerprint is the published one's is kept at once.
final class ShardWriter {
    typealias Shard = (path: String, fingerprint: String, text: @Sendable () -> String)

    /// Shards handed over together.
    static let batchSize = 32

    private let publisher: Publisher
    private let writer: PageWriter
    private let base: Fingerprinter
    private let pipeline = Pipeline<Result<[PageWriter.Written], any Error>>()
    private var pending: [Shard] = []
    /// The fingerprints of the batch in flight, by path.
    private var inFlight: [String: String] = [:]

    /// A writer for shards in `folders`.
    init(publisher: Publisher, base: Fingerprinter, folders: [String]) throws {
        self.publisher = publisher
        self.base = base
        writer = try publisher.pageWriter(folders: folders)
    }

    deinit { _ = pipeline.collect() }  // never leave a job running past an error

    func add(_ shard: SiteSearch.Shard) throws { try add(path: shard.path, fingerprint: shard.fingerprint, text: shard.text) }
    func add(_ shard: InventorySearch.Shard) throws { try add(path: shard.path, fingerprint: shard.fingerprint, text: shard.text) }

    /// Keeps the shard if it is current; otherwise queues it to be made and written.
    func add(path: String, fingerprint: String, text: @escaping @Sendable () -> String) throws {
        var hasher = base
        hasher.add(fingerprint)
        let print = hasher.hex
        if publisher.canKeep(path, fingerprint: print) {
            _ = publisher.keep(path, fingerprint: print, checked: true)
            return
        }
        pending.append((path, print, text))
        if pending.count >= Self.batchSize { try submit() }
    }

    /// Writes what is queued and records everything written. Call before the stage ends.
    func finish() throws {
        try submit()
        try record(pipeline.collect())
    }

    private func submit() throws {
        let done = pipeline.collect()
        let prints = inFlight
        try record(done, prints: prints)
        let batch = pending, writer = writer
        pending.removeAll()
        inFlight = Dictionary(batch.map { ($0.path, $0.fingerprint) }, uniquingKeysWith: { _, last in last })
        guard !batch.isEmpty else { return }
        pipeline.submit { Result { try writer.write(batch.map { ($0.path, $0.text()) }) } }
    }

    private func record(_ done: Result<[PageWriter.Written], any Error>?) throws {
        try record(done, prints: inFlight)
        inFlight = [:]
    }

    private func record(_ done: Result<[PageWriter.Written], any Error>?, prints: [String: String]) throws {
        guard let done else { return }
        for page in try done.get() { publisher.recordWritten(page, fingerprint: prints[page.path]) }
    }
}
