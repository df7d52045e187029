/// What `serve` sends with each kind of file: the content type and caching of
/// `deploy/nginx/portdash.conf`, so a preview behaves as the hosted site does.
enum ContentTypes {
    static func type(of path: String) -> String {
        switch path.split(separator: ".").last.map(String.init) ?? "" {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js": return "application/javascript; charset=utf-8"
        case "json": return "application/json"
        case "csv": return "text/csv; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "ico": return "image/x-icon"
        case "txt": return "text/plain; charset=utf-8"
        default: return "application/octet-stream"
        }
    }

    /// Pages and data revalidate every time (a cheap 304 when unchanged); assets may be reused for 5 minutes.
    static func cacheControl(of path: String) -> String {
        path.hasPrefix("assets/") ? "public, max-age=300" : "no-cache"
    }

    /// The security headers every response carries.
    static let security: [(String, String)] = [
        (
            "Content-Security-Policy",
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; "
                + "form-action 'self'; frame-ancestors 'none'"
        ),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "same-origin"),
    ]
}
