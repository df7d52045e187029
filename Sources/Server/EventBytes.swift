import FlyingFox
import FlyingSocks
import Foundation

/// A stream of bytes written as they come, for a Server-Sent Events response (sent chunked).
struct EventBytes: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8
    let chunks: AsyncStream<Data>

    func makeAsyncIterator() -> Iterator { Iterator(inner: chunks.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var inner: AsyncStream<Data>.Iterator
        var pending: [UInt8] = []

        mutating func next() async throws -> UInt8? {
            if pending.isEmpty {
                guard let chunk = await inner.next() else { return nil }
                pending = Array(chunk)
            }
            return pending.isEmpty ? nil : pending.removeFirst()
        }

        mutating func nextBuffer(suggested count: Int) async throws -> [UInt8]? {
            if pending.isEmpty {
                guard let chunk = await inner.next() else { return nil }
                pending = Array(chunk)
            }
            let out = Array(pending.prefix(Swift.max(1, count)))
            pending.removeFirst(out.count)
            return out
        }
    }
}
