import Dispatch
import PortingModel
import Synchronization

/// Every order with its child rows but not its numbers, read on a second connection in batches
/// while the build works through the batches read so far (`Snapshot.streamOrders`). A rebuild that
/// knows from the change journal which orders changed reads all of them for the figures, but
/// renders few: reading them on the first connection was most of what its orders pass waited for.
public final class OrderStream: Sendable {
    private struct State {
        /// Each bundle is taken out of its optional where it lies (`Optional.take`), never copied.
        var batches: [[OrderBundle?]] = []
        var taken = 0
        var delivered = false
        /// Whether `read` began (and so will signal its end).
        var began = false
        var finished = false
        var unavailable = false
        var duplicates: [Order] = []
        var failure: (any Error)?
    }

    /// How many orders the second connection hands over at a time.
    static let batchSize = 256
    private let state = Mutex(State())
    /// Signalled once per batch, and once when the stream ends.
    private let ready = DispatchSemaphore(value: 0)

    init() {}

    /// Reads the orders on `snapshot`, handing them over in batches. An error before the first
    /// batch makes the stream unavailable (the build reads on the first connection, as when the
    /// second could not open); a later one ends it with that error.
    func read(_ snapshot: Snapshot) {
        var batch: [OrderBundle?] = [], duplicates: [Order] = []
        batch.reserveCapacity(Self.batchSize)
        func handBatch() {
            var full: [OrderBundle?] = []
            swap(&full, &batch)
            hand(full)
            batch.reserveCapacity(Self.batchSize)
        }
        state.withLock { $0.began = true }
        do {
            try snapshot.forEachOrder(
                numbers: false, slim: true,
                { bundle in
                    batch.append(bundle)
                    if batch.count == Self.batchSize { handBatch() }
                }, duplicate: { duplicates.append($0) })
            if !batch.isEmpty { handBatch() }
            state.withLock {
                $0.finished = true; $0.duplicates = duplicates
            }
        } catch {
            state.withLock { state in
                if state.delivered { state.failure = error } else { state.unavailable = true }
            }
        }
        ready.signal()
    }

    /// Ends the stream if it never began: the second connection could not read.
    func markUnavailable() {
        let began = state.withLock { state in
            if !state.began { state.unavailable = true }
            return state.began
        }
        if !began { ready.signal() }
    }

    private func hand(_ batch: [OrderBundle?]) {
        state.withLock {
            $0.batches.append(batch); $0.delivered = true
        }
        ready.signal()
    }

    /// Calls `body` with each order, in id order, as `Snapshot.forEachOrder(numbers: false)` gives
    /// them, and `duplicate` with each repeated id at the end. False when the second connection
    /// could not read: then nothing was called, and the caller reads on its own connection.
    public func forEach(_ body: (consuming OrderBundle) throws -> Void, duplicate: (Order) -> Void) throws -> Bool {
        enum End { case finished([Order]), unavailable, failed(any Error) }
        var batch: [OrderBundle?] = []
        while true {
            ready.wait()
            let end: End? = state.withLock { state in
                if state.taken < state.batches.count {
                    swap(&batch, &state.batches[state.taken])
                    state.taken += 1
                    return nil
                }
                if let failure = state.failure { return .failed(failure) }
                return state.unavailable ? .unavailable : .finished(state.duplicates)
            }
            switch end {
            case nil:
                for i in batch.indices {
                    if let bundle = batch[i].take() { try body(bundle) }
                }
                batch = []
            case .finished(let duplicates)?:
                duplicates.forEach(duplicate)
                return true
            case .unavailable?:
                return false
            case .failed(let error)?:
                throw error
            }
        }
    }
}

extension Snapshot {
    /// Starts reading every order without its numbers on a second connection (`OrderStream`), if
    /// the journal mode lets it see the same rows as this one (see `Prefetch`); nil otherwise.
    public func streamOrders() throws -> OrderStream? {
        guard let path = try secondConnectionPath() else { return nil }
        let stream = OrderStream()
        prefetchQueue.async {
            let opened = Prefetch<Bool>.read(path: path, label: "orders") { snapshot in
                stream.read(snapshot)
                return true
            }
            if opened == nil { stream.markUnavailable() }
        }
        return stream
    }
}
