import TermUI
import WhiteboardCore

/// The step editor: the guide (problem statement, the step's prompts and talking points) and
/// the step's answer, soft-wrapped, with the cursor.
public enum EditorPane {
    /// The first answer row to show: the stored scroll, moved just enough to show the cursor's row.
    public static func visibleTop(stored: Int, cursorRow: Int, height: Int) -> Int {
        guard height > 0 else { return 0 }
        var top = max(0, stored)
        if cursorRow < top { top = cursorRow }
        if cursorRow >= top + height { top = cursorRow - height + 1 }
        return max(0, top)
    }

    /// Draws the pane into `rect`; places the buffer's cursor when the editor has focus.
    public static func render(_ b: WhiteboardState, in rect: Rect, into buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        let focused = b.focus == .editor
        buffer.border(rect, title: "\(b.step.number). \(b.step.title)", focused: focused)
        let g = EditorGeometry(pane: rect, board: b)
        for (i, line) in g.guideLines.enumerated() {
            let style: Style
            switch line.kind {
            case .statement: style = .plain
            case .heading: style = Theme.heading
            case .item: style = Theme.secondary
            case .rule: style = Theme.secondary
            }
            buffer.put(line.text, x: g.guideRect.x, y: g.guideRect.y + i, maxWidth: g.guideRect.width, style: style)
        }
        let doc = b.document
        let text = TextLayout(document: doc, width: max(1, g.textRect.width))
        let top = visibleTop(stored: b.editorScroll[b.step] ?? 0, cursorRow: text.cursorRow.row, height: g.textRect.height)
        if doc.text.isEmpty && g.textRect.height > 0 {
            buffer.put("Type your answer here.", x: g.textRect.x, y: g.textRect.y, maxWidth: g.textRect.width, style: Theme.secondary)
        } else {
            for r in 0..<g.textRect.height {
                let index = top + r
                guard index < text.rows.count else { break }
                let row = text.rows[index]
                let chars = doc.lines[row.line][row.start..<row.end]
                buffer.put(String(chars), x: g.textRect.x, y: g.textRect.y + r, maxWidth: g.textRect.width)
            }
        }
        if focused {
            let r = text.cursorRow.row - top
            if r >= 0 && r < g.textRect.height {
                buffer.cursor = (g.textRect.x + min(text.cursorRow.column, max(0, g.textRect.width - 1)), g.textRect.y + r)
            }
        }
    }
}
