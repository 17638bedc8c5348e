import TextMetrics
import WhiteboardCore

/// A canvas whose boxes are grown so every label is drawn whole (no `…`), for export: a box
/// too narrow for its longest label line grows to the right and one too short grows down, and
/// everything lying wholly right of (below) its old edge moves over by as much, so nothing
/// comes to overlap and arrows keep their shapes.
public enum LabelFit {
    /// `canvas` with room for every label.
    public static func fitted(_ canvas: Canvas) -> Canvas {
        var c = canvas
        for i in c.boxes.indices.sorted(by: { c.boxes[$0].x < c.boxes[$1].x }) {
            let lines = TextFitting.labelLines(c.boxes[i].label)
            let need = (lines.map { DisplayWidth.of($0) }.max() ?? 0) + 2
            let dw = need - c.boxes[i].width
            guard dw > 0 else { continue }
            let edge = c.boxes[i].x + c.boxes[i].width - 1
            for j in c.boxes.indices where c.boxes[j].x > edge { c.boxes[j].x += dw }
            for j in c.notes.indices where c.notes[j].x > edge { c.notes[j].x += dw }
            c.boxes[i].width += dw
        }
        for i in c.boxes.indices.sorted(by: { c.boxes[$0].y < c.boxes[$1].y }) {
            let need = TextFitting.labelLines(c.boxes[i].label).count + 2
            let dh = need - c.boxes[i].height
            guard dh > 0 else { continue }
            let edge = c.boxes[i].y + c.boxes[i].height - 1
            for j in c.boxes.indices where c.boxes[j].y > edge { c.boxes[j].y += dh }
            for j in c.notes.indices where c.notes[j].y > edge { c.notes[j].y += dh }
            c.boxes[i].height += dh
        }
        return c
    }
}
