import Foundation
import Testing

/// Looks at a built site the way a browser would: files, and the links between them.
public enum SiteInspection {
    /// The text of a file under `folder`. A file that is missing or unreadable fails the test that
    /// asked for it, so a `!contains` on a wrong path cannot pass silently.
    public static func text(_ folder: String, _ path: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        guard let data = FileManager.default.contents(atPath: "\(folder)/\(path)") else {
            Issue.record("no file \(path) in \(folder)", sourceLocation: sourceLocation)
            return ""
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Whether an entry of the `orders` folder is a page of the list of every order (`index.html`,
    /// `pages/<name>.html`, or the `pages` folder itself) rather than an order's own page.
    public static func isListPage(_ name: String) -> Bool {
        name == "index.html" || name == "pages" || name.hasPrefix("pages/") && name.hasSuffix(".html")
    }

    /// The pages of the paginated list whose first page is `firstPage`, in the order a reader meets
    /// them following each page's `rel="next"` link (Next, or Older).
    public static func listPages(_ folder: String, _ firstPage: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        var pages = [firstPage]
        let next = try! NSRegularExpression(pattern: #"<a href="([^"]+)" rel="next">"#)
        while pages.count < 10_000 {
            let html = text(folder, pages.last!, sourceLocation: sourceLocation)
            guard let match = next.firstMatch(in: html, range: NSRange(html.startIndex..., in: html)) else { break }
            let href = String(html[Range(match.range(at: 1), in: html)!])
            var parts = pages.last!.split(separator: "/").dropLast().map(String.init)
            for part in href.split(separator: "/") {
                if part == ".." { parts.removeLast() } else if part != "." { parts.append(String(part)) }
            }
            pages.append(parts.joined(separator: "/"))
        }
        return pages
    }

    /// Every `href` and `src` in every HTML file that points at a missing file:
    /// `page -> target` lines. External and in-page links are skipped.
    public static func brokenLinks(in folder: String) -> [String] {
        var broken: [String] = []
        let pattern = try! NSRegularExpression(pattern: #"(?:href|src)="([^"]*)""#)
        for page in TemporaryFolder.files(under: folder) where page.hasSuffix(".html") {
            let html = text(folder, page)
            let base = URL(fileURLWithPath: "\(folder)/\(page)").deletingLastPathComponent()
            for match in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                var target = String(html[Range(match.range(at: 1), in: html)!])
                    .replacingOccurrences(of: "&amp;", with: "&")
                if target.hasPrefix("http:") || target.hasPrefix("https:") || target.hasPrefix("mailto:") || target.hasPrefix("data:")
                    || target.hasPrefix("#")
                {
                    continue
                }
                if let cut = target.firstIndex(where: { $0 == "#" || $0 == "?" }) { target = String(target[..<cut]) }
                let resolved = URL(fileURLWithPath: target, relativeTo: base).standardizedFileURL.path
                if !resolved.hasPrefix(URL(fileURLWithPath: folder).standardizedFileURL.path) || !FileManager.default.fileExists(atPath: resolved) {
                    broken.append("\(page) -> \(target)")
                }
            }
        }
        return broken
    }

    /// Files under `folder` whose bytes contain `needle`. An empty or missing folder fails the test.
    public static func files(in folder: String, containing needle: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        let bytes = Data(needle.utf8)
        let all = TemporaryFolder.files(under: folder)
        if all.isEmpty { Issue.record("no files under \(folder)", sourceLocation: sourceLocation) }
        return all.filter { path in
            (FileManager.default.contents(atPath: "\(folder)/\(path)")?.range(of: bytes)) != nil
        }
    }

    /// The repository's root (where Package.swift is), found from this source file.
    public static var repositoryRoot: String {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        return FileManager.default.currentDirectoryPath
    }

    public static var defaultTheme: String { "\(repositoryRoot)/themes/default" }
}
