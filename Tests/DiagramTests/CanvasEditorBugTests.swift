import Testing
import WhiteboardCore
@testable import Diagram

/// Bugs found in use (issue 13), each reproduced with the editor's own commands.
@Suite struct CanvasEditorBugTests {
    static func type(_ e: inout CanvasEditor, _ text: String) {
        for ch in text { e.apply(ch == "\n" ? .newline : .insertText(String(ch))) }
    }

    /// Whether the whole of `r` (canvas coordinates) is inside the editor's view.
    static func inView(_ e: CanvasEditor, _ r: GridRect) -> Bool {
        r.x >= e.viewportOrigin.x && r.y >= e.viewportOrigin.y
            && r.x + r.width <= e.viewportOrigin.x + e.viewWidth && r.y + r.height <= e.viewportOrigin.y + e.viewHeight
    }

    @Test func aConnectedBoxMadeOffScreenIsScrolledIntoView() {
        var e = CanvasEditor()
        e.apply(.setViewSize(width: 30, height: 12))
        e.apply(.createBox)
        Self.type(&e, "A")
        e.apply(.createConnectedBox(.right))
        Self.type(&e, "B")
        e.apply(.commitLabel)
        let b = e.canvas.boxes[1]
        #expect(b.x + b.width > 30 - CanvasEditor.viewMargin, "the test needs B to start past the first view")
        #expect(Self.inView(e, b.rect), "B at \(b.rect), view at \(e.viewportOrigin)")
    }

    @Test func aBiggerViewShowsTheWholeDiagramAgain() {
        // A narrow pane scrolled right, then zoomed (F4): the diagram fits, so it is all shown.
        var e = CanvasEditor(canvas: Canvas(boxes: [
            Box(id: "a", x: 0, y: 0, width: 14, height: 3, label: "A"),
            Box(id: "b", x: 50, y: 0, width: 14, height: 3, label: "B"),
        ]))
        e.apply(.setViewSize(width: 30, height: 10))
        e.apply(.selectNext); e.apply(.selectNext)
        #expect(e.selectedBoxID == "b")
        #expect(e.viewportOrigin.x > 0)
        e.apply(.setViewSize(width: 100, height: 30))
        #expect(Self.inView(e, e.canvas.boxes[0].rect), "view at \(e.viewportOrigin)")
        #expect(Self.inView(e, e.canvas.boxes[1].rect))
        // Rendering at a new size before the editor is told shows the same.
        var n = CanvasEditor(canvas: e.canvas)
        n.apply(.setViewSize(width: 30, height: 10))
        n.apply(.selectNext); n.apply(.selectNext)
        let view = n.render(width: 100, height: 30, style: .single)
        #expect(view.lines.contains { $0.contains("A") }, "\(view.lines.joined(separator: "\n"))")
    }

    @Test func undoingADeleteOutOfViewScrollsToTheBox() {
        var e = CanvasEditor(canvas: Canvas(boxes: [
            Box(id: "a", x: 0, y: 0, width: 14, height: 3, label: "A"),
            Box(id: "far", x: 200, y: 60, width: 14, height: 3, label: "Far"),
        ]))
        e.apply(.setViewSize(width: 40, height: 12))
        e.apply(.selectNext); e.apply(.selectNext)
        #expect(e.selectedBoxID == "far")
        e.apply(.deleteSelected)
        e.apply(.selectNext)   // back to A, far away
        #expect(!Self.inView(e, GridRect(x: 200, y: 60, width: 14, height: 3)))
        e.apply(.undo)
        #expect(e.canvas.boxes.count == 2)
        #expect(Self.inView(e, e.canvas.boxes[1].rect), "view at \(e.viewportOrigin)")
        #expect(e.selectedBoxID == "far")
    }

    @Test func aLongLabelWrapsInsteadOfMakingAWideBox() {
        var e = CanvasEditor()
        e.apply(.createBox)
        let words = (1...30).map { "w\($0 % 10)xyz" }.joined(separator: " ")   // 30 words, 149 columns
        Self.type(&e, words)
        e.apply(.commitLabel)
        let b = e.canvas.boxes[0]
        #expect(b.width <= 28,   // a sensible cap: 24 label columns plus border and padding
                "box is \(b.width) wide")
        // Every word is on screen: the label wraps into rows.
        let text = e.render(width: 80, height: 40, style: .single).lines.joined(separator: "\n")
        for w in Set(words.split(separator: " ")) { #expect(text.contains(w), "\(w) missing from\n\(text)") }
        #expect(!text.contains("…"))
    }

    @Test func keyboardMovesOfOneBoxAreOneUndoStep() {
        var e = CanvasEditor(canvas: Canvas(boxes: [Box(id: "a", x: 0, y: 0, width: 14, height: 3, label: "A")]))
        e.apply(.selectNext)
        for _ in 0..<6 { e.apply(.moveSelected(.right)) }
        e.apply(.moveSelected(.down))
        #expect(e.canvas.boxes[0].x == 6)
        e.apply(.undo)
        #expect(e.canvas.boxes[0].x == 0 && e.canvas.boxes[0].y == 0)
        #expect(!e.canUndo)
        e.apply(.redo)
        #expect(e.canvas.boxes[0].x == 6 && e.canvas.boxes[0].y == 1)
        // Resizes group the same way; another command in between starts a new step.
        for _ in 0..<3 { e.apply(.resizeSelected(.right)) }
        e.apply(.cycleKind())
        for _ in 0..<2 { e.apply(.resizeSelected(.down)) }
        e.apply(.undo)
        #expect(e.canvas.boxes[0].height == 3 && e.canvas.boxes[0].kind == "client")
        e.apply(.undo)
        #expect(e.canvas.boxes[0].kind == nil && e.canvas.boxes[0].width == 17)
        e.apply(.undo)
        #expect(e.canvas.boxes[0].width == 14)
    }

    /// A drag left open by keys (a button held while typing) used to keep the canvas from
    /// before it, and a later Esc put that back: boxes made since vanished and the selection
    /// pointed at a missing box (found by the random-command test).
    @Test func keysDuringADragEndItSoEscapeKeepsLaterWork() {
        var e = CanvasEditor(canvas: Canvas(boxes: [Box(id: "a", x: 0, y: 0, width: 10, height: 3, label: "A")]))
        let o = e.viewportOrigin
        e.apply(.mouseDown(x: 2 - o.x, y: 1 - o.y))
        e.apply(.mouseDrag(x: 4 - o.x, y: 1 - o.y))
        e.apply(.moveCursor(.down, big: true))
        e.apply(.createBox)
        Self.type(&e, "B")
        e.apply(.commitLabel)
        e.apply(.cancel)
        #expect(e.canvas.boxes.map(\.label) == ["A", "B"])
        #expect(e.canvas.boxes[0].x == 2, "the move made by the drag stays")
        #expect(e.invariantViolations().isEmpty, "\(e.invariantViolations())")
    }
}
