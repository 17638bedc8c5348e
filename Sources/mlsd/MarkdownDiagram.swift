import Diagram
import WhiteboardCore

/// How `mlsd import` turns the `## Diagram` block into a canvas.
enum MarkdownImport {
    /// The canvas drawn in a diagram block: boxes, arrows bound to the boxes they touch, and the
    /// text outside boxes as notes (the Diagram target's ASCII/Unicode art parser).
    static func canvas(fromDiagramBlock block: String?) -> Canvas {
        guard let block, !block.allSatisfy({ $0.isWhitespace }) else { return Canvas() }
        return DiagramText.parse(block)
    }
}

/// How `mlsd export` turns a canvas into text.
enum MarkdownExport {
    /// The diagram drawn as text in `style` ("" for an empty canvas).
    static func diagramText(_ canvas: Canvas, style: DiagramStyle = .single) -> String {
        if canvas.boxes.isEmpty && canvas.arrows.isEmpty && canvas.notes.isEmpty { return "" }
        return DiagramText.render(canvas, style: style)
    }
}
