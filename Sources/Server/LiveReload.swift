import FlyingFox
import Foundation

/// The open pages of a `serve` session, each listening on a Server-Sent Events stream: after each
/// build the pages whose files changed are told to reload; a failed build shows its error on every
/// page until a build succeeds.
actor LiveReload {
    struct Client {
        let page: String
        let continuation: AsyncStream<Data>.Continuation
    }

    private var clients: [UUID: Client] = [:]
    private var problem: String?

    /// The page a client watches, from the `page` query item (`orders/po-1/` means `orders/po-1/index.html`).
    static func page(_ query: String) -> String {
        var page = query.hasPrefix("/") ? String(query.dropFirst()) : query
        if page.isEmpty || page.hasSuffix("/") { page += "index.html" }
        return page
    }

    /// A new client's event stream; it ends when the client goes away.
    func connect(page: String) -> AsyncStream<Data> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<Data>.makeStream(bufferingPolicy: .bufferingNewest(16))
        continuation.onTermination = { _ in Task { await self.disconnect(id) } }
        clients[id] = Client(page: page, continuation: continuation)
        continuation.yield(Data("retry: 1000\n\n".utf8))
        if let problem { continuation.yield(Self.event("problem", Self.json(problem))) }
        return stream
    }

    func disconnect(_ id: UUID) { clients[id] = nil }

    /// After a build: reload the pages whose files changed (every page when an asset changed).
    func built(changed: Set<String>) {
        let cleared = problem != nil
        problem = nil
        let everything = changed.contains { $0.hasPrefix("assets/") }
        for client in clients.values {
            if everything || changed.contains(client.page) {
                client.continuation.yield(Self.event("reload", "{}"))
            } else if cleared {
                client.continuation.yield(Self.event("ok", "{}"))
            }
        }
    }

    /// A build failed: every page shows why, and keeps showing the last good site.
    func failed(_ message: String) {
        problem = message
        for client in clients.values { client.continuation.yield(Self.event("problem", Self.json(message))) }
    }

    /// Keeps idle connections open through proxies.
    func ping() {
        for client in clients.values { client.continuation.yield(Data(": ping\n\n".utf8)) }
    }

    func closeAll() {
        for client in clients.values { client.continuation.finish() }
        clients.removeAll()
    }

    static func event(_ name: String, _ data: String) -> Data {
        Data("event: \(name)\ndata: \(data)\n\n".utf8)
    }

    static func json(_ text: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])) ?? Data("[\"\"]".utf8)
        return String(decoding: data.dropFirst().dropLast(), as: UTF8.self)
    }
}
