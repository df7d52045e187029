import Foundation

/// The script `serve` adds to every page it serves (never to `build`'s output): it listens for
/// this page's reload and for build problems, which it shows over the page.
enum LiveScript {
    static let path = "/__portdash/live.js"
    static let events = "/__portdash/events"
    static let tag = "<script src=\"\(path)\" defer></script>"

    static let source = """
        // portdash serve: reloads this page when a build changed it; shows a failed build's error.
        (function () {
          "use strict";
          if (!window.EventSource) return;
          var page = location.pathname.replace(/^\\//, "");
          if (page === "" || page.slice(-1) === "/") page += "index.html";
          var source = new EventSource("\(events)?page=" + encodeURIComponent(page));
          var box = null;
          source.addEventListener("reload", function () { location.reload(); });
          source.addEventListener("ok", function () { if (box) { box.remove(); box = null; } });
          source.addEventListener("problem", function (event) {
            if (!box) {
              box = document.createElement("div");
              box.id = "portdash-live-problem";
              box.setAttribute("role", "alert");
              var s = box.style;
              s.position = "fixed"; s.left = "1rem"; s.right = "1rem"; s.bottom = "1rem"; s.zIndex = "100";
              s.padding = "1rem"; s.background = "#4a1512"; s.color = "#fff"; s.font = "14px/1.4 monospace";
              s.whiteSpace = "pre-wrap"; s.borderRadius = "6px";
              document.body.appendChild(box);
            }
            box.textContent = "portdash could not rebuild: " + JSON.parse(event.data) + "\\nThe last good site is shown.";
          });
        })();

        """

    /// `html` with the live script before `</head>`.
    static func inject(into html: Data) -> Data {
        guard let range = html.range(of: Data("</head>".utf8)) else { return html }
        var out = html
        out.replaceSubrange(range.lowerBound..<range.lowerBound, with: Data(tag.utf8))
        return out
    }
}
