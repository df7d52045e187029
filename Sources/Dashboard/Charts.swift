/// Small SVG charts made in Swift, styled by the theme's CSS classes (so dark mode applies), each
/// titled for screen readers. Labels are escaped here because the SVG is inserted as markup.
public enum Charts {
    public struct Bar {
        public var label: String
        public var values: [Int]
        public var tone: String

        public init(label: String, values: [Int], tone: String = "") {
            self.label = label
            self.values = values
            self.tone = tone
        }
    }

    /// Horizontal bars, one row each: good for long labels such as statuses.
    public static func horizontal(id: String, title: String, bars: [Bar], labelWidth: Int = 170) -> String {
        let rowHeight = 22, width = 350 + labelWidth, valueWidth = 50
        let height = max(1, bars.count) * rowHeight + 8
        let maxValue = max(1, bars.map { $0.values.first ?? 0 }.max() ?? 1)
        var svg = open(id: id, title: title, width: width, height: height)
        for (i, bar) in bars.enumerated() {
            let y = 4 + i * rowHeight
            let value = bar.values.first ?? 0
            let length = (width - labelWidth - valueWidth) * value / maxValue
            svg += "<text class=\"chart-label\" x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" text-anchor=\"end\">\(escape(bar.label))</text>"
            svg +=
                "<rect class=\"bar tone-\(escape(bar.tone))\" x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(max(value > 0 ? 2 : 0, length))\" height=\"\(rowHeight - 6)\"/>"
            svg += "<text class=\"chart-value\" x=\"\(labelWidth + length + 6)\" y=\"\(y + 15)\">\(value)</text>"
        }
        return svg + "</svg>"
    }

    /// Vertical columns, grouped by series (e.g. submitted and completed per week).
    public static func columns(id: String, title: String, bars: [Bar], series: [String]) -> String {
        let width = 520, height = 200, bottom = 36, top = 14, left = 8
        let groupWidth = (width - left * 2) / max(1, bars.count)
        let barWidth = max(3, (groupWidth - 6) / max(1, series.count))
        let maxValue = max(1, bars.flatMap(\.values).max() ?? 1)
        var svg = open(id: id, title: title, width: width, height: height)
        for (i, bar) in bars.enumerated() {
            let x0 = left + i * groupWidth + 3
            for (s, value) in bar.values.enumerated() {
                let h = (height - bottom - top) * value / maxValue
                let x = x0 + s * barWidth
                svg +=
                    "<rect class=\"bar series-\(s)\" x=\"\(x)\" y=\"\(height - bottom - h)\" width=\"\(barWidth - 1)\" height=\"\(h)\"><title>\(escape(bar.label)): \(value) \(escape(series[min(s, series.count - 1)]))</title></rect>"
                if value > 0 {
                    svg +=
                        "<text class=\"chart-value small\" x=\"\(x + barWidth / 2)\" y=\"\(height - bottom - h - 3)\" text-anchor=\"middle\">\(value)</text>"
                }
            }
            svg +=
                "<text class=\"chart-label small\" x=\"\(x0 + groupWidth / 2 - 3)\" y=\"\(height - bottom + 14)\" text-anchor=\"middle\">\(escape(bar.label))</text>"
        }
        svg += "<line class=\"axis\" x1=\"\(left)\" y1=\"\(height - bottom)\" x2=\"\(width - left)\" y2=\"\(height - bottom)\"/>"
        if series.count > 1 {
            for (s, name) in series.enumerated() {
                let x = left + s * 130
                svg += "<rect class=\"bar series-\(s)\" x=\"\(x)\" y=\"\(height - 14)\" width=\"10\" height=\"10\"/>"
                svg += "<text class=\"chart-label small\" x=\"\(x + 14)\" y=\"\(height - 5)\">\(escape(name))</text>"
            }
        }
        return svg + "</svg>"
    }

    static func open(id: String, title: String, width: Int, height: Int) -> String {
        "<svg class=\"chart\" role=\"img\" aria-labelledby=\"\(id)-title\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"\(id)-title\">\(escape(title))</title>"
    }

    /// Escapes text for SVG/HTML content and attributes.
    public static func escape(_ text: String) -> String { HTMLEscape.escape(text) }
}
