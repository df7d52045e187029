import Foundation
import Glibc

/// Where a request path leads inside the output folder, if anywhere it may: never outside it (`..`,
/// encoded or not, or a symlink), never to a hidden entry (the manifest), and a folder to its index.
enum SitePath {
    enum Resolution: Equatable {
        /// A regular file under the output folder; `relative` is its path from the folder.
        case file(absolute: String, relative: String)
        /// A folder asked for without its trailing slash: redirect, so relative links work.
        case folder(redirect: String)
        case notFound
    }

    static func resolve(_ rawPath: String, in output: String) -> Resolution {
        guard rawPath.hasPrefix("/"), let decoded = rawPath.removingPercentEncoding else { return .notFound }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        for segment in segments {
            if segment == ".." || segment == "." || segment.hasPrefix(".") || segment.contains("\\") || segment.contains("\0") {
                return .notFound
            }
        }
        var relative = segments.joined(separator: "/")
        var info = stat()
        let root = output.hasSuffix("/") ? String(output.dropLast()) : output
        guard let realRoot = realPath(root) else { return .notFound }
        func inside(_ path: String) -> String? {
            guard let real = realPath(path), real == realRoot || real.hasPrefix(realRoot + "/") else { return nil }
            return real
        }
        if relative.isEmpty || stat(root + "/" + relative, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
            guard inside(root + "/" + relative) != nil else { return .notFound }
            if !decoded.hasSuffix("/") && !relative.isEmpty { return .folder(redirect: rawPath + "/") }
            relative += relative.isEmpty ? "index.html" : "/index.html"
        }
        let absolute = root + "/" + relative
        guard let real = inside(absolute), real != realRoot else { return .notFound }
        guard stat(real, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return .notFound }
        return .file(absolute: real, relative: relative)
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
