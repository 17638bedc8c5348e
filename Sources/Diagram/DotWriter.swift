import WhiteboardCore

/// A canvas as a Graphviz DOT digraph (`rankdir=LR`): one node per box with its kind as the
/// node shape, one edge per arrow with its label, line style (`dotted`, `bold`) and heads
/// (`dir=both`), notes as `note` shaped nodes. Graphviz lays the graph out itself.
public enum DotWriter {
    /// The Graphviz shape for each box kind; other kinds and none draw as `box`.
    public static let shapes: [String: String] = [
        "client": "oval", "service": "box", "model": "hexagon", "store": "cylinder", "queue": "cds",
        "feature-store": "box3d", "cache": "ellipse", "index": "parallelogram", "monitor": "diamond",
    ]

    /// The DOT text of `canvas`, ending with a newline.
    public static func render(_ canvas: Canvas) -> String {
        var out = "digraph mlsd {\n    rankdir=LR;\n    node [shape=box, fontname=\"Helvetica\"];\n    edge [fontname=\"Helvetica\"];\n"
        let ids = Set(canvas.boxes.map(\.id))
        for b in canvas.boxes {
            let shape = b.kind.flatMap { shapes[$0] } ?? "box"
            out += "    \(quoted(b.id)) [label=\(quoted(b.label)), shape=\(shape)];\n"
        }
        for a in canvas.arrows where ids.contains(a.from) && ids.contains(a.to) {
            var attrs: [String] = []
            if let label = a.label { attrs.append("label=\(quoted(label))") }
            switch a.line {
            case .solid: break
            case .dotted: attrs.append("style=dotted")
            case .thick: attrs.append("style=bold"); attrs.append("penwidth=2")
            }
            if a.bothWays { attrs.append("dir=both") }
            out += "    \(quoted(a.from)) -> \(quoted(a.to))" + (attrs.isEmpty ? "" : " [\(attrs.joined(separator: ", "))]") + ";\n"
        }
        for (i, n) in canvas.notes.enumerated() {
            out += "    \(quoted("note \(i + 1) \(n.id)")) [label=\(quoted(n.text)), shape=note];\n"
        }
        return out + "}\n"
    }

    /// A DOT string: quotes and backslashes escaped, line breaks as `\n`, control characters dropped.
    static func quoted(_ s: String) -> String {
        var out = "\""
        for ch in s {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default:
                if ch.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) { out.append(ch) }
            }
        }
        return out + "\""
    }
}
