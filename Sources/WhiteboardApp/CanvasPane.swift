import TermUI
import WhiteboardCore

/// The canvas pane. Read-only for now: draws the canvas with the environment's renderer
/// when there is one, else lists the boxes and arrows.
public enum CanvasPane {
    /// Draws the pane into `rect`.
    public static func render(_ b: WhiteboardState, in rect: Rect, environment: AppEnvironment, into buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        buffer.border(rect, title: Pane.canvas.title, focused: b.focus == .canvas)
        let inner = rect.inset(1)
        guard inner.width > 0 && inner.height > 0 else { return }
        let lines: [String]
        if let renderer = environment.canvasRenderer {
            lines = renderer(b.session.canvas, inner.width + b.canvasScroll.x, inner.height + b.canvasScroll.y)
        } else {
            lines = listing(b.session.canvas)
        }
        for r in 0..<inner.height {
            let index = b.canvasScroll.y + r
            guard index < lines.count else { break }
            let line = Array(lines[index])
            guard b.canvasScroll.x < line.count else { continue }
            buffer.put(String(line[b.canvasScroll.x...]), x: inner.x, y: inner.y + r, maxWidth: inner.width)
        }
    }

    /// The canvas as text lines: one per box, then one per arrow, then one per note.
    public static func listing(_ c: Canvas) -> [String] {
        if c.boxes.isEmpty && c.notes.isEmpty { return ["(empty canvas)"] }
        let names = Dictionary(c.boxes.map { ($0.id, $0.label.replacingNewlines) }, uniquingKeysWith: { a, _ in a })
        var out = c.boxes.map { "[\($0.label.replacingNewlines)]" + ($0.kind.map { " (\($0))" } ?? "") }
        out += c.arrows.map { "\(names[$0.from] ?? $0.from) → \(names[$0.to] ?? $0.to)" + ($0.label.map { "  \"\($0)\"" } ?? "") }
        out += c.notes.map { "note: \($0.text.replacingNewlines)" }
        return out
    }
}

extension String {
    var replacingNewlines: String { String(map { $0 == "\n" ? " " : $0 }) }
}
