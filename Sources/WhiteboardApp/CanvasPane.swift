import Diagram
import TermUI
import TextMetrics
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
        if b.canvasEditor.canvas.boxes.isEmpty && b.canvasEditor.canvas.notes.isEmpty {
            let hint = focused ? "Empty canvas: n draws a box here, M-arrow adds a connected one, F1 lists all keys"
                               : "Empty canvas: Tab here, then n draws a box"
            buffer.putTruncated(hint, x: area.x, y: area.y, maxWidth: area.width, style: .dim)
        } else {
            for (r, line) in lines.enumerated() where r < area.height {
                buffer.put(line, x: area.x, y: area.y + r, maxWidth: area.width)
            }
        }
        for tag in view.kindTags {
            restyleCells((tag.x..<(tag.x + tag.width)).map { GridPoint(x: $0, y: tag.y) }, area: area, into: &buffer, style: Theme.secondary)
        }
        for highlight in [view.connectingFrom, view.pendingBox, view.selection].compactMap({ $0 }) {
            restyleOutline(highlight, area: area, into: &buffer,
                           style: highlight == view.selection && focused ? Theme.canvasSelection : Theme.canvasSelectionUnfocused)
        }
        restyleCells(view.selectedArrowCells, area: area, into: &buffer,
                     style: focused ? Theme.canvasSelection : Theme.canvasSelectionUnfocused)
        if focused, let c = view.cursor {
            buffer.cursor = (area.x + c.x, area.y + c.y)
        }
    }

    /// The border title: the pane name, the editor's mode or tool, and the line style.
    static func title(_ b: WhiteboardState) -> String {
        var parts = [Pane.canvas.title]
        switch b.canvasEditor.mode {
        case .editingLabel: parts.append("typing a label: Enter keeps, Esc cancels")
        case .editingArrowLabel: parts.append("typing an arrow's label: Enter keeps, Esc cancels")
        case .connecting: parts.append("connecting: pick the target box, c to finish, Esc stops")
        case .normal:
            if b.canvasTool != .cursor { parts.append("\(b.canvasTool.rawValue) mode: arrows/hjkl, Esc ends") }
        }
        if b.focus == .canvas { parts.append(b.canvasStyle.rawValue) }
        return parts.joined(separator: " · ")
    }

    /// The canvas part of the status bar: what is selected and what the keys do now, e.g.
    /// `box "Ranker" [model] · move mode`, `arrow "Client" → "Ranker" "req"`.
    public static func statusText(_ b: WhiteboardState) -> String {
        let e = b.canvasEditor
        func name(_ id: String) -> String {
            let label = e.canvas.box(id: id)?.label.split(separator: "\n").first.map(String.init) ?? id
            return "\"" + shortened(label.isEmpty ? id : label, width: 16) + "\""
        }
        var parts: [String] = []
        if let box = e.selectedBox {
            parts.append("box " + name(box.id) + (box.kind.map { " [\($0)]" } ?? ""))
        } else if let a = e.selectedArrow {
            parts.append("arrow \(name(a.from)) \(a.bothWays ? "↔" : "→") \(name(a.to))" + (a.label.map { " \"\(shortened($0, width: 16))\"" } ?? "")
                         + (a.line == .solid ? "" : " (\(a.line.rawValue))"))
        } else {
            parts.append("nothing selected")
        }
        switch e.mode {
        case .normal: parts.append(b.canvasTool == .cursor ? "cursor mode" : "\(b.canvasTool.rawValue) mode")
        case .editingLabel, .editingArrowLabel: parts.append("typing")
        case .connecting(let from): parts.append("connecting from \(name(from))")
        }
        return parts.joined(separator: " · ")
    }

    /// `text` cut to `width` columns with a trailing `…` when longer.
    static func shortened(_ text: String, width: Int) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        var out = "", used = 0
        for ch in text {
            let w = DisplayWidth.of(ch)
            if used + w > width - 1 { break }
            out.append(ch); used += w
        }
        return out + "…"
    }

    /// Restyles cells given in pane coordinates, clipped to the area.
    static func restyleCells(_ cells: [GridPoint], area: Rect, into buffer: inout Buffer, style: Style) {
        for p in cells where p.x >= 0 && p.y >= 0 && p.x < area.width && p.y < area.height {
            restyle(x: area.x + p.x, y: area.y + p.y, in: &buffer, style: style)
        }
    }

    /// Restyles one screen cell, and the other half when it holds half of a wide character
    /// (a label of an overlapping box can run over a border): the terminal draws both halves
    /// in the style of the left one.
    static func restyle(x: Int, y: Int, in buffer: inout Buffer, style: Style) {
        let lead = buffer[x, y].isContinuation && x > 0 ? x - 1 : x
        for cx in lead..<(lead + max(1, buffer[lead, y].width)) {
            var cell = buffer[cx, y]
            cell.style = style
            buffer[cx, y] = cell
        }
    }

    /// Restyles the outline of a rectangle given in pane coordinates, clipped to the area.
    static func restyleOutline(_ r: GridRect, area: Rect, into buffer: inout Buffer, style: Style) {
        func mark(_ x: Int, _ y: Int) {
            guard x >= 0, y >= 0, x < area.width, y < area.height else { return }
            restyle(x: area.x + x, y: area.y + y, in: &buffer, style: style)
        }
        guard r.width > 0, r.height > 0 else { return }
        for x in r.x..<(r.x + r.width) { mark(x, r.y); mark(x, r.y + r.height - 1) }
        for y in r.y..<(r.y + r.height) { mark(r.x, y); mark(r.x + r.width - 1, y) }
    }
}
