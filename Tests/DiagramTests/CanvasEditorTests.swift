import Testing
import WhiteboardCore
@testable import Diagram

@Suite struct CanvasEditorTests {
    static func type(_ e: inout CanvasEditor, _ text: String) {
        for ch in text { e.apply(ch == "\n" ? .newline : .insertText(String(ch))) }
    }

    @Test func createTypeCommitUndoRedo() {
        var e = CanvasEditor()
        e.apply(.moveCursor(.right, big: true))
        e.apply(.moveCursor(.down))
        e.apply(.createBox)
        #expect(e.mode == .editingLabel(boxID: "b1", isNew: true))
        Self.type(&e, "feature\nstore")
        e.apply(.backspace)
        e.apply(.commitLabel)
        #expect(e.mode == .normal)
        #expect(e.canvas.boxes == [Box(id: "b1", x: 5, y: 1, width: 14, height: 4, label: "feature\nstor")])
        #expect(e.selectedBoxID == "b1")
        // Creating and labelling is one step.
        e.apply(.undo)
        #expect(e.canvas.boxes.isEmpty)
        e.apply(.redo)
        #expect(e.canvas.boxes.map(\.label) == ["feature\nstor"])
    }

    @Test func cancellingTheLabelOfANewBoxRemovesIt() {
        var e = CanvasEditor()
        e.apply(.createBox)
        Self.type(&e, "oops")
        e.apply(.cancel)
        #expect(e.canvas.boxes.isEmpty)
        #expect(!e.canUndo)
    }

    @Test func editingAnExistingLabelAndCancelling() {
        var e = CanvasEditor(canvas: Canvas(boxes: [Box(id: "x", x: 0, y: 0, width: 10, height: 3, label: "api")]))
        e.apply(.selectNext)
        e.apply(.editLabel)
        Self.type(&e, " v2")
        e.apply(.cancel)
        #expect(e.canvas.boxes[0].label == "api")
        e.apply(.editLabel)
        Self.type(&e, " v2")
        e.apply(.moveCursor(.down))   // any other command commits first
        #expect(e.canvas.boxes[0].label == "api v2")
        e.apply(.undo)
        #expect(e.canvas.boxes[0].label == "api")
    }

    @Test func sketchAPipelineWithConnectedBoxes() {
        var e = CanvasEditor()
        e.apply(.createBox)
        Self.type(&e, "client")
        e.apply(.createConnectedBox(.right))
        Self.type(&e, "ranker")
        e.apply(.createConnectedBox(.down))
        Self.type(&e, "store")
        e.apply(.commitLabel)
        let c = e.canvas
        #expect(c.boxes.map(\.label) == ["client", "ranker", "store"])
        #expect(c.boxes.map { GridPoint(x: $0.x, y: $0.y) } == [GridPoint(x: 0, y: 0), GridPoint(x: 22, y: 0), GridPoint(x: 22, y: 6)])
        #expect(c.arrows.map { "\($0.from)->\($0.to)" } == ["b1->b2", "b2->b3"])
        // The view starts 2 cells left of and above the canvas origin (room for arrows).
        #expect(e.render(width: 42, height: 11, style: .single).lines == [
            "                                          ",
            "                                          ",
            "  ┌────────────┐        ┌────────────┐    ",
            "  │   client   ├───────▶│   ranker   │    ",
            "  └────────────┘        └─────┬──────┘    ",
            "                              │           ",
            "                              │           ",
            "                              ▼           ",
            "                        ┌────────────┐    ",
            "                        │   store    │    ",
            "                        └────────────┘    ",
        ])
        // Three undo steps, one per box.
        e.apply(.undo); e.apply(.undo)
        #expect(e.canvas.boxes.map(\.label) == ["client"] && e.canvas.arrows.isEmpty)
    }

    @Test func connectedBoxToTheLeftOfTheEdgeShiftsTheCanvas() {
        var e = CanvasEditor()
        e.apply(.createBox)
        Self.type(&e, "model")
        e.apply(.createConnectedBox(.left))
        e.apply(.commitLabel)
        #expect(e.canvas.boxes.map(\.x) == [22, 0])
        #expect(e.canvas.arrows.map { "\($0.from)->\($0.to)" } == ["b1->b2"])
        #expect(e.invariantViolations().isEmpty)
    }

    @Test func connectTwoBoxesThenMoveReroutesAndDeleteRemovesArrows() {
        var e = CanvasEditor(canvas: Canvas(boxes: [
            Box(id: "a", x: 0, y: 0, width: 8, height: 3, label: "a"),
            Box(id: "b", x: 20, y: 0, width: 8, height: 3, label: "b"),
        ]))
        e.apply(.selectNext)
        #expect(e.selectedBoxID == "a")
        e.apply(.startConnecting)
        #expect(e.mode == .connecting(fromBoxID: "a"))
        #expect(e.render(width: 30, height: 5, style: .ascii).connectingFrom == GridRect(x: 2, y: 2, width: 8, height: 3))
        e.apply(.selectNext)
        e.apply(.finishConnecting)
        #expect(e.canvas.arrows.map { "\($0.from)->\($0.to)" } == ["a->b"])
        #expect(e.render(width: 32, height: 5, style: .ascii).lines[3] == "  |  a   +----------->|  b   |  ")
        // The source stays selected after connecting; select b and move it: the arrow re-routes.
        #expect(e.selectedBoxID == "a")
        e.apply(.selectNext)
        #expect(e.selectedBoxID == "b")
        for _ in 0..<2 { e.apply(.moveSelected(.down, big: true)) }
        #expect(e.canvas.box(id: "b")!.y == 10)
        let moved = DiagramText.parse(DiagramText.render(e.canvas, style: .ascii))
        #expect(moved.arrows.count == 1)
        #expect(e.render(width: 32, height: 16, style: .ascii).lines[12...14] == [
            "                      +------+  ",
            "                      |  b   |  ",
            "                      +------+  ",
        ])
        e.apply(.deleteSelected)
        #expect(e.canvas.boxes.map(\.id) == ["a"] && e.canvas.arrows.isEmpty)
        e.apply(.undo)
        #expect(e.canvas.arrows.count == 1 && e.canvas.boxes.count == 2)
    }

    @Test func movesAndResizesStayOnTheCanvas() {
        var e = CanvasEditor(canvas: Canvas(boxes: [Box(id: "a", x: 2, y: 1, width: 8, height: 3, label: "a")]))
        e.apply(.selectNext)
        e.apply(.moveSelected(.left, big: true))
        e.apply(.moveSelected(.up, big: true))
        #expect(GridPoint(x: e.canvas.boxes[0].x, y: e.canvas.boxes[0].y) == GridPoint(x: 0, y: 0))
        e.apply(.resizeSelected(.left, big: true))
        e.apply(.resizeSelected(.left, big: true))
        e.apply(.resizeSelected(.up))
        #expect(e.canvas.boxes[0].width == CanvasEditor.minWidth && e.canvas.boxes[0].height == CanvasEditor.minHeight)
        e.apply(.resizeSelected(.right, big: true))
        e.apply(.resizeSelected(.down))
        #expect(e.canvas.boxes[0].width == 9 && e.canvas.boxes[0].height == 4)
    }

    @Test func kindCyclesThroughTheList() {
        var e = CanvasEditor(canvas: Canvas(boxes: [Box(id: "a", x: 0, y: 0, width: 8, height: 3, label: "a")]))
        e.apply(.selectNext)
        e.apply(.cycleKind())
        e.apply(.cycleKind())
        #expect(e.canvas.boxes[0].kind == "service")
        e.apply(.cycleKind(reverse: true))
        e.apply(.cycleKind(reverse: true))
        #expect(e.canvas.boxes[0].kind == nil)
        #expect(BoxKind.next(after: "made-up") == "client")
    }

    @Test func mouseDrawsMovesAndSelects() {
        var e = CanvasEditor()
        // Pane coordinates: the view starts at canvas (-2, -2).
        e.apply(.mouseDown(x: 4, y: 3))
        e.apply(.mouseDrag(x: 11, y: 5))
        #expect(e.render(width: 20, height: 6, style: .ascii).pendingBox == GridRect(x: 4, y: 3, width: 8, height: 3))
        e.apply(.mouseUp(x: 13, y: 6))
        #expect(e.canvas.boxes == [Box(id: "b1", x: 2, y: 1, width: 10, height: 4, label: "")])
        Self.type(&e, "db")
        e.apply(.commitLabel)
        // Drag the box by its border: one undo step.
        e.apply(.mouseDown(x: 5, y: 3))
        e.apply(.mouseDrag(x: 7, y: 4))
        e.apply(.mouseDrag(x: 10, y: 8))
        e.apply(.mouseUp(x: 10, y: 8))
        #expect(GridPoint(x: e.canvas.boxes[0].x, y: e.canvas.boxes[0].y) == GridPoint(x: 7, y: 6))
        e.apply(.undo)
        #expect(GridPoint(x: e.canvas.boxes[0].x, y: e.canvas.boxes[0].y) == GridPoint(x: 2, y: 1))
        // A click on empty space only places the cursor and clears the selection.
        e.apply(.mouseDown(x: 17, y: 2))
        e.apply(.mouseUp(x: 17, y: 2))
        #expect(e.canvas.boxes.count == 1 && e.selectedBoxID == nil)
        #expect(e.cursor == GridPoint(x: 15, y: 0))
        #expect(e.render(width: 20, height: 6, style: .ascii).cursor == GridPoint(x: 17, y: 2))
    }

    @Test func viewFollowsTheCursorAndPans() {
        var e = CanvasEditor(canvas: Canvas(boxes: [Box(id: "far", x: 100, y: 40, width: 10, height: 3, label: "far")]))
        e.apply(.setViewSize(width: 30, height: 10))
        e.apply(.selectNext)
        // The whole selected box comes into view (its bottom-right corner at the view's).
        let view = e.render(width: 30, height: 10, style: .single)
        #expect(e.viewportOrigin == GridPoint(x: 80, y: 33))
        #expect(view.cursor == GridPoint(x: 21, y: 8))
        #expect(view.selection == GridRect(x: 20, y: 7, width: 10, height: 3))
        #expect(view.lines[7] == String(repeating: " ", count: 20) + "┌────────┐")
        #expect(view.lines[9] == String(repeating: " ", count: 20) + "└────────┘")
        // Panning carries the cursor along (same place in the pane), off the box.
        e.apply(.pan(.left, big: true))
        #expect(e.viewportOrigin == GridPoint(x: 65, y: 33))
        #expect(e.render(width: 30, height: 10, style: .single).cursor == GridPoint(x: 21, y: 8))
        #expect(e.selectedBoxID == nil)
    }

    /// Random command scripts never break the editor's invariants.
    @Test func invariantsHoldUnderRandomCommands() {
        var rng = SeededGenerator(seed: 99)
        let dirs: [Direction] = [.up, .down, .left, .right]
        for _ in 0..<20 {
            var e = CanvasEditor(canvas: RandomCanvas.make(&rng))
            for _ in 0..<150 {
                let d = dirs.randomElement(using: &rng)!
                let big = Bool.random(using: &rng)
                let x = Int.random(in: 0..<60, using: &rng), y = Int.random(in: 0..<20, using: &rng)
                let commands: [CanvasCommand] = [
                    .moveCursor(d, big: big), .createBox, .createConnectedBox(d), .selectNext, .selectPrevious,
                    .moveSelected(d, big: big), .resizeSelected(d, big: big), .startConnecting,
                    .finishConnecting, .editLabel, .insertText("x"), .backspace, .newline, .commitLabel, .cancel,
                    .deleteSelected, .cycleKind(), .pan(d, big: big), .mouseDown(x: x, y: y), .mouseDrag(x: x, y: y),
                    .mouseUp(x: x, y: y), .undo, .redo, .setViewSize(width: 40, height: 12),
                ]
                e.apply(commands.randomElement(using: &rng)!)
                #expect(e.invariantViolations().isEmpty, "\(e.invariantViolations())")
                if !e.invariantViolations().isEmpty { return }
            }
            var c = e.canvas
            #expect((try? CanvasInvariants.check(&c)) == [])
            _ = e.render(width: 40, height: 12, style: .rounded)
        }
    }
}
