import WhiteboardCore

/// A canvas as a Mermaid flowchart (`flowchart LR`): one node per box, its kind as the node's
/// shape, one link per arrow with its label, line style and heads. Notes become `%% note:`
/// comments (line breaks as `<br>`), which `MermaidReader` reads back as notes.
public enum MermaidWriter {
    /// The node shape for each box kind, as the opening and closing brackets.
    public static let shapes: [(kind: String?, open: String, close: String)] = [
        ("client", "([", "])"),
        ("service", "(", ")"),
        ("model", "{{", "}}"),
        ("store", "[(", ")]"),
        ("queue", ">", "]"),
        ("feature-store", "[[", "]]"),
        ("cache", "((", "))"),
        ("index", "[/", "/]"),
        ("monitor", "{", "}"),
        (nil, "[", "]"),
    ]

    /// Words Mermaid reads as keywords, never used as node ids.
    static let reserved: Set<String> = ["end", "graph", "flowchart", "subgraph", "direction", "style", "class", "classDef", "click", "linkStyle", "default"]

    /// The Mermaid text of `canvas`, ending with a newline.
    public static func render(_ canvas: Canvas) -> String {
        let ids = nodeIDs(canvas.boxes)
        var out = "flowchart LR\n"
        for (box, id) in zip(canvas.boxes, ids) {
            let shape = shapes.first { $0.kind == box.kind } ?? shapes[shapes.count - 1]
            out += "    \(id)\(shape.open)\"\(escape(box.label))\"\(shape.close)\n"
        }
        var idOf: [String: String] = [:]
        for (box, id) in zip(canvas.boxes, ids) { idOf[box.id] = id }
        for a in canvas.arrows {
            guard let from = idOf[a.from], let to = idOf[a.to] else { continue }
            let link: String
            switch a.line {
            case .solid: link = "-->"
            case .dotted: link = "-.->"
            case .thick: link = "==>"
            }
            let start = a.bothWays ? "<" : ""
            let label = a.label.map { "|\"\(escape($0))\"|" } ?? ""
            out += "    \(from) \(start)\(link)\(label) \(to)\n"
        }
        for n in canvas.notes {
            out += "    %% note: \(escape(n.text))\n"
        }
        return out
    }

    /// Node ids: the box id when Mermaid can use it as is, else `box` + its position.
    static func nodeIDs(_ boxes: [Box]) -> [String] {
        var used = Set<String>()
        var out: [String] = []
        for (i, b) in boxes.enumerated() {
            let plain = b.id.first.map { $0.isASCII && $0.isLetter } == true
                && b.id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
                && !reserved.contains(b.id.lowercased()) && !b.id.lowercased().hasPrefix("end")
            var id = plain ? b.id : "box\(i + 1)"
            while used.contains(id) { id += "_" }
            used.insert(id)
            out.append(id)
        }
        return out
    }

    /// Text inside a quoted label: `"` and `#` as entity codes, line breaks as `<br>`.
    static func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "\"": out += "#quot;"
            case "#": out += "#35;"
            case "|": out += "#124;"
            case "\n": out += "<br>"
            case "\r": continue
            default: out.append(ch)
            }
        }
        return out
    }
}
