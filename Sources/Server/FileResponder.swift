import FlyingFox
import Foundation
import Glibc

/// Answers requests for the site's files: content types, caching and security headers as
/// `deploy/nginx/portdash.conf` sends them, HEAD, and conditional GET (ETag and Last-Modified, 304).
/// HTML pages get the live-reload script.
struct FileResponder: Sendable {
    let output: String
    let live: Bool

    func respond(to request: HTTPRequest) -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return plain(.methodNotAllowed, "Only GET and HEAD.\n", extra: [("Allow", "GET, HEAD")], head: false)
        }
        let head = request.method == .HEAD
        switch SitePath.resolve(request.target.path(), in: output) {
        case .notFound:
            return notFound(head: head)
        case .folder(let redirect):
            return plain(.movedPermanently, "Moved to \(redirect)\n", extra: [("Location", redirect)], head: head)
        case .file(let absolute, let relative):
            return file(absolute, relative: relative, request: request, head: head)
        }
    }

    func file(_ absolute: String, relative: String, request: HTTPRequest, head: Bool) -> HTTPResponse {
        var info = stat()
        guard stat(absolute, &info) == 0 else { return notFound(head: head) }
        let isPage = relative.hasSuffix(".html")
        let tag =
            "\"\(String(info.st_ino, radix: 16))-\(String(info.st_size, radix: 16))-\(String(info.st_mtim.tv_sec, radix: 16))"
            + "\(String(info.st_mtim.tv_nsec, radix: 16))\(isPage && live ? "-live" : "")\""
        let modified = HTTPDate.format(Int(info.st_mtim.tv_sec))
        var headers = HTTPHeaders()
        headers[.contentType] = ContentTypes.type(of: relative)
        headers[.cacheControl] = ContentTypes.cacheControl(of: relative)
        headers[.eTag] = tag
        headers[.lastModified] = modified
        for (name, value) in ContentTypes.security { headers[HTTPHeader(name)] = value }
        if notModified(request, tag: tag, modified: Int(info.st_mtim.tv_sec)) {
            return HTTPResponse(statusCode: .notModified, headers: headers, body: Data())
        }
        if isPage {
            guard let data = FileManager.default.contents(atPath: absolute) else { return notFound(head: head) }
            let body = live ? LiveScript.inject(into: data) : data
            headers[.contentLength] = String(body.count)
            return HTTPResponse(statusCode: .ok, headers: headers, body: head ? Data() : body)
        }
        headers[.contentLength] = String(info.st_size)
        if head { return HTTPResponse(statusCode: .ok, headers: headers, body: Data()) }
        guard let sequence = try? HTTPBodySequence(file: URL(fileURLWithPath: absolute), suggestedBufferSize: 64 * 1024) else {
            return notFound(head: head)
        }
        return HTTPResponse(statusCode: .ok, headers: headers, body: sequence)
    }

    /// A conditional GET that the file still satisfies.
    func notModified(_ request: HTTPRequest, tag: String, modified: Int) -> Bool {
        if let match = request.headers[.ifNoneMatch] {
            return match.split(separator: ",").contains {
                $0.trimmingCharacters(in: .whitespaces) == tag || $0.trimmingCharacters(in: .whitespaces) == "*"
            }
        }
        if let since = request.headers[.ifModifiedSince], let seconds = HTTPDate.parse(since) { return modified <= seconds }
        return false
    }

    func notFound(head: Bool) -> HTTPResponse {
        plain(.notFound, "Not found.\n", extra: [], head: head)
    }

    func plain(_ status: HTTPStatusCode, _ text: String, extra: [(String, String)], head: Bool) -> HTTPResponse {
        var headers = HTTPHeaders()
        headers[.contentType] = "text/plain; charset=utf-8"
        headers[.cacheControl] = "no-cache"
        for (name, value) in ContentTypes.security + extra { headers[HTTPHeader(name)] = value }
        let body = Data(text.utf8)
        headers[.contentLength] = String(body.count)
        return HTTPResponse(statusCode: status, headers: headers, body: head ? Data() : body)
    }
}
