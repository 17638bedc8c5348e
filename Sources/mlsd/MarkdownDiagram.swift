import Diagram
import WhiteboardCore

/// How `mlsd import` turns the `## Diagram` section into a canvas.
enum MarkdownImport {
    /// The canvas of a `## Diagram` section: its first text drawing (any fenced block that is
    /// not Mermaid) read by the ASCII/Unicode art parser, with its positions; failing that, its
    /// first `mermaid` flowchart, laid out automatically. No block: an empty canvas.
    static func canvas(fromDiagramBlocks blocks: [SessionMarkdown.FencedBlock]) -> Canvas {
        let nonBlank = blocks.filter { !$0.content.allSatisfy { $0.isWhitespace } }
        func isMermaid(_ b: SessionMarkdown.FencedBlock) -> Bool {
            b.info.lowercased().hasPrefix("mermaid") || MermaidReader.isFlowchart(b.content)
        }
        if let drawing = nonBlank.first(where: { !isMermaid($0) }) { return DiagramText.parse(drawing.content) }
        if let mermaid = nonBlank.first(where: isMermaid) { return MermaidReader.parse(mermaid.content) }
        return Canvas()
    }
}

/// How `mlsd export` turns a canvas into text.
enum MarkdownExport {
    /// Whether the canvas holds anything.
    static func isEmpty(_ canvas: Canvas) -> Bool { canvas.boxes.isEmpty && canvas.arrows.isEmpty && canvas.notes.isEmpty }

    /// The diagram drawn as text in `style` ("" for an empty canvas), every box grown to show
    /// its whole label.
    static func diagramText(_ canvas: Canvas, style: DiagramStyle = .single) -> String {
        if isEmpty(canvas) { return "" }
        return DiagramText.render(LabelFit.fitted(canvas), style: style)
    }
}
