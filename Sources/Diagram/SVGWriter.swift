import TextMetrics
import WhiteboardCore

/// The canvas as a self-contained SVG picture: boxes as rounded rectangles with their full
/// labels, arrows as paths along the routes the text drawing uses (dashed when dotted, wider
/// when thick, a head at both ends when both ways) with their full labels, notes as text.
/// One canvas cell is `cellWidth` × `cellHeight` pixels; nothing outside the file is needed.
public enum SVGWriter {
    public static let cellWidth = 9
    public static let cellHeight = 18
    static let margin = 12

    /// The SVG document for `canvas`, ending with a newline.
    public static func render(_ canvas: Canvas) -> String {
        let layout = DiagramLayout(canvas: canvas)
        var bounds = layout.bounds
        for n in canvas.notes {
            let lines = n.text.split(separator: "\n", omittingEmptySubsequences: false)
            let w = lines.map { DisplayWidth.of($0) }.max() ?? 0
            let x1 = max(bounds.x + bounds.width, n.x + w), y1 = max(bounds.y + bounds.height, n.y + lines.count)
            bounds = GridRect(x: min(bounds.x, n.x), y: min(bounds.y, n.y), width: x1 - min(bounds.x, n.x), height: y1 - min(bounds.y, n.y))
        }
        let width = max(1, bounds.width) * cellWidth + 2 * margin
        let height = max(1, bounds.height) * cellHeight + 2 * margin
        func px(_ x: Int) -> Int { (x - bounds.x) * cellWidth + margin }
        func py(_ y: Int) -> Int { (y - bounds.y) * cellHeight + margin }
        func cx(_ x: Int) -> Int { px(x) + cellWidth / 2 }
        func cy(_ y: Int) -> Int { py(y) + cellHeight / 2 }

        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" font-family="monospace" font-size="14">
        <defs>
        <marker id="head" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#333"/></marker>
        </defs>
        <rect x="0" y="0" width="\(width)" height="\(height)" fill="#ffffff"/>

        """
        for n in canvas.notes {
            for (i, line) in n.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
                out += "<text x=\"\(px(n.x))\" y=\"\(cy(n.y + i) + 5)\" fill=\"#555\" xml:space=\"preserve\">\(escape(String(line)))</text>\n"
            }
        }
        for b in canvas.boxes {
            let x0 = cx(b.x), y0 = cy(b.y), x1 = cx(b.x + b.width - 1), y1 = cy(b.y + b.height - 1)
            out += "<g class=\"box\" id=\"\(escape(b.id))\"><rect x=\"\(x0)\" y=\"\(y0)\" width=\"\(x1 - x0)\" height=\"\(y1 - y0)\" rx=\"6\" fill=\"#eef3fb\" stroke=\"#335\" stroke-width=\"1.5\"/>"
            let lines = b.label.split(separator: "\n", omittingEmptySubsequences: false).map { String($0).trimmingSpaces() }
            let midY = (y0 + y1) / 2, midX = (x0 + x1) / 2
            for (i, line) in lines.enumerated() where !line.isEmpty {
                let y = midY + (2 * i - (lines.count - 1)) * cellHeight / 2 + 5
                out += "<text x=\"\(midX)\" y=\"\(y)\" text-anchor=\"middle\" fill=\"#111\">\(escape(line))</text>"
            }
            out += "</g>\n"
        }
        var arrows: [String: Arrow] = [:]
        for a in canvas.arrows { arrows[a.id] = a }
        for route in layout.routes {
            guard let a = arrows[route.arrowID] else { continue }
            var points = [(cx(route.sourceBorder.x), cy(route.sourceBorder.y))]
            points += route.vertices.map { (cx($0.x), cy($0.y)) }
            let end = points[points.count - 1]
            points[points.count - 1] = (end.0 + route.head.dx * cellWidth / 2, end.1 + route.head.dy * cellHeight / 2)
            let d = points.enumerated().map { "\($0.offset == 0 ? "M" : "L")\($0.element.0),\($0.element.1)" }.joined(separator: " ")
            var attrs = "fill=\"none\" stroke=\"#333\" stroke-width=\"\(a.line == .thick ? 3 : 1.5)\" marker-end=\"url(#head)\""
            if a.line == .dotted { attrs += " stroke-dasharray=\"4 3\"" }
            if a.bothWays { attrs += " marker-start=\"url(#head)\"" }
            out += "<g class=\"arrow\" id=\"\(escape(a.id))\"><path d=\"\(d)\" \(attrs)/>"
            if let label = a.label, !label.isEmpty {
                let (lx, ly) = labelPoint(route, label: label, cx: cx, cy: cy)
                out += "<text x=\"\(lx)\" y=\"\(ly)\" text-anchor=\"middle\" fill=\"#333\" font-size=\"12\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">\(escape(label))</text>"
            }
            out += "</g>\n"
        }
        return out + "</svg>\n"
    }

    /// Where an arrow's label goes: where the text drawing puts it, else over the middle of the
    /// route's longest run.
    static func labelPoint(_ route: ArrowRoute, label: String, cx: (Int) -> Int, cy: (Int) -> Int) -> (Int, Int) {
        if let o = route.labelOrigin, let shown = route.label {
            return (cx(o.x) + (DisplayWidth.of(shown) - 1) * cellWidth / 2, cy(o.y) + 5)
        }
        var best = (route.vertices[0], route.vertices[0]), length = -1
        for i in 1..<route.vertices.count {
            let p = route.vertices[i - 1], q = route.vertices[i]
            let l = abs(p.x - q.x) + abs(p.y - q.y)
            if l > length { length = l; best = (p, q) }
        }
        return ((cx(best.0.x) + cx(best.1.x)) / 2, (cy(best.0.y) + cy(best.1.y)) / 2 - 4)
    }

    /// Text for XML: `& < > " '` as entities, control characters dropped.
    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                if ch.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F && !(0xFFFE...0xFFFF).contains($0.value) && !(0xD800...0xDFFF).contains($0.value) }) { out.append(ch) }
            }
        }
        return out
    }
}
