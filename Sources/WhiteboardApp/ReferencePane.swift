import Practice
import TermUI
import TextMetrics

/// The reference design, drawn over the answer pane's rows so the user's canvas stays in
/// view just below it: the template's components and flows laid out by `ReferenceDiagram`, those the
/// user's canvas lacks marked (" *" after a box name, a dotted arrow), with a one-line legend.
/// Also the "Reveal the reference design? y/n" question.
public enum ReferencePane {
    /// Where the reference goes: the rows of the answer pane across the whole screen width
    /// (reference drawings are wide), so the user's canvas stays in view below it; zoomed,
    /// over the zoomed pane.
    public static func rect(_ layout: WhiteboardLayout) -> Rect {
        if !layout.editor.isEmpty && !layout.canvas.isEmpty {
            return Rect(x: 0, y: layout.editor.y, width: layout.editor.maxX, height: layout.editor.height)
        }
        return [layout.editor, layout.canvas, layout.rubric, layout.navigator].first { !$0.isEmpty } ?? .zero
    }

    /// The rows and columns the drawing scrolls in: inside the border, below the legend.
    public static func drawingArea(_ rect: Rect) -> Rect {
        let inner = rect.inset(1)
        guard inner.height > 1, inner.width > 0 else { return Rect(x: inner.x, y: inner.y, width: max(0, inner.width), height: 0) }
        return Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
    }

    public static func render(_ view: ReferenceView, problem: String, in rect: Rect, into buffer: inout Buffer) {
        guard rect.width > 2, rect.height > 2 else { return }
        buffer.fill(rect)
        buffer.border(rect, title: "Reference design: \(problem)", focused: true)
        let inner = rect.inset(1)
        let marks = view.match.missingComponents.isEmpty && view.match.missingFlows.isEmpty ? "" : " (marked * and dotted)"
        let used = buffer.put(view.match.legend + marks, x: inner.x, y: inner.y, maxWidth: inner.width, style: Theme.heading)
        buffer.putTruncated(" · arrows scroll · Esc hides", x: inner.x + used, y: inner.y, maxWidth: max(0, inner.width - used), style: Theme.secondary)
        let area = drawingArea(rect)
        for r in 0..<area.height {
            let i = view.top + r
            guard i < view.lines.count else { break }
            let visible = String(view.lines[i].dropFirst(view.left))
            buffer.put(visible, x: area.x, y: area.y + r, maxWidth: area.width)
            // The marks in the missing style.
            var x = area.x
            for ch in visible {
                let w = max(1, DisplayWidth.of(ch))
                if x + w > area.maxX { break }
                if Self.marks.contains(ch) { CanvasPane.restyle(x: x, y: area.y + r, in: &buffer, style: Theme.missing) }
                x += w
            }
        }
        buffer.cursor = nil
    }

    /// The characters that mark what the user's canvas lacks: the box suffix and dotted lines.
    static let marks: Set<Character> = ["*", "┄", "┆", "╌", "╎"]

    /// The reveal question, centred on the screen.
    public static func renderQuestion(into buffer: inout Buffer) {
        let rows = [
            "Reveal the reference design?",
            "",
            "It shows the template's components and flows,",
            "marking those your canvas lacks.",
            "",
            "  y  show it        n  not now (Esc)",
        ]
        CenteredDialog.render(rows, title: "Reference design", width: 52, into: &buffer)
        buffer.cursor = nil
    }
}
