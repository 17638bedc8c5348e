import Diagram
import TermUI
import WhiteboardCore

/// The canvas pane: the visible part of the diagram drawn by the Diagram target, the selected
/// box highlighted, and the terminal cursor on the canvas cursor when the pane has focus.
public enum CanvasPane {
    /// The drawing area inside the pane's border.
    public static func inner(_ rect: Rect) -> Rect { rect.inset(1) }

    /// Draws the pane into `rect`.
    public static func render(_ b: WhiteboardState, in rect: Rect, into buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        let focused = b.focus == .canvas
        buffer.border(rect, title: title(b), focused: focused)
        let area = inner(rect)
        guard area.width > 0 && area.height > 0 else { return }
        let view = b.canvasEditor.render(width: area.width, height: area.height, style: b.canvasStyle)
        let lines = view.lines
        if b.session.canvas.boxes.isEmpty && b.session.canvas.notes.isEmpty {
            let hint = focused ? "Empty canvas: n draws a box here, M-arrow adds a connected one, F1 lists all keys"
                               : "Empty canvas: Tab here, then n draws a box"
            buffer.putTruncated(hint, x: area.x, y: area.y, maxWidth: area.width, style: .dim)
        } else {
            for (r, line) in lines.enumerated() where r < area.height {
                buffer.put(line, x: area.x, y: area.y + r, maxWidth: area.width)
            }
        }
        for highlight in [view.connectingFrom, view.pendingBox, view.selection].compactMap({ $0 }) {
            restyleOutline(highlight, area: area, into: &buffer,
                           style: highlight == view.selection && focused ? Theme.canvasSelection : Theme.canvasSelectionUnfocused)
        }
        if focused, let c = view.cursor {
            buffer.cursor = (area.x + c.x, area.y + c.y)
        }
    }

    /// The border title: the pane name, the editor's mode or tool, and the line style.
    static func title(_ b: WhiteboardState) -> String {
        var parts = [Pane.canvas.title]
        switch b.canvasEditor.mode {
        case .editingLabel: parts.append("typing a label: Enter keeps, Esc cancels")
        case .connecting: parts.append("connecting: pick the target box, c to finish, Esc stops")
        case .normal:
            if b.canvasTool != .cursor { parts.append("\(b.canvasTool.rawValue) mode: arrows/hjkl, Esc ends") }
        }
        if b.focus == .canvas { parts.append(b.canvasStyle.rawValue) }
        return parts.joined(separator: " · ")
    }

    /// Restyles the outline of a rectangle given in pane coordinates, clipped to the area.
    static func restyleOutline(_ r: GridRect, area: Rect, into buffer: inout Buffer, style: Style) {
        func mark(_ x: Int, _ y: Int) {
            guard x >= 0, y >= 0, x < area.width, y < area.height else { return }
            var cell = buffer[area.x + x, area.y + y]
            cell.style = style
            buffer[area.x + x, area.y + y] = cell
        }
        guard r.width > 0, r.height > 0 else { return }
        for x in r.x..<(r.x + r.width) { mark(x, r.y); mark(x, r.y + r.height - 1) }
        for y in r.y..<(r.y + r.height) { mark(r.x, y); mark(r.x + r.width - 1, y) }
    }
}
