import WhiteboardCore

/// How `mlsd import` turns the `## Diagram` block into a canvas.
enum MarkdownImport {
    /// The canvas for a diagram block. For now the block is kept verbatim as one canvas note;
    /// this is the one place to call the Diagram target's ASCII parser instead.
    static func canvas(fromDiagramBlock block: String?) -> Canvas {
        guard let block, !block.allSatisfy({ $0.isWhitespace }) else { return Canvas() }
        return Canvas(notes: [Note(id: "n1", x: 0, y: 0, text: block)])
    }
}

/// How `mlsd export` turns a canvas into text.
enum MarkdownExport {
    /// The diagram as text ("" for an empty canvas). For now a simple listing (boxes, then
    /// arrows, then notes); this is the one place to call the Diagram renderer instead.
    static func diagramText(_ canvas: Canvas) -> String {
        if canvas.boxes.isEmpty && canvas.arrows.isEmpty && canvas.notes.isEmpty { return "" }
        func name(_ id: String) -> String {
            canvas.box(id: id).map { "[" + $0.label.replacingOccurrences(of: "\n", with: " ") + "]" } ?? "[?\(id)]"
        }
        var lines: [String] = canvas.boxes.map { name($0.id) }
        lines += canvas.arrows.map { a in "\(name(a.from)) -> \(name(a.to))" + (a.label.map { " \"\($0)\"" } ?? "") }
        lines += canvas.notes.map { $0.text }
        return lines.joined(separator: "\n")
    }
}
