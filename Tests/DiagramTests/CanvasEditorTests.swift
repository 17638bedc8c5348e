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
        #expect(e.render(width: 40, height: 9, style: .single).lines == [
            "┌────────────┐        ┌────────────┐    ",
            "│   client   ├───────▶│   ranker   │    ",
            "└────────────┘        └─────┬──────┘    ",
            "                            │           ",
            "                            │           ",
            "                            ▼           ",
            "                      ┌────────────┐    ",
            "                      │   store    │    ",
            "                      └────────────┘    ",
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
        #expect(e.render(width: 30, height: 3, style: .ascii).connectingFrom == GridRect(x: 0, y: 0, width: 8, height: 3))
        e.apply(.selectNext)
        e.apply(.finishConnecting)
        #expect(e.canvas.arrows.map { "\($0.from)->\($0.to)" } == ["a->b"])
        #expect(e.render(width: 30, height: 3, style: .ascii).lines[1] == "|  a   +----------->|  b   |  ")
        // b is selected after connecting; moving it re-routes the arrow.
        for _ in 0..<2 { e.apply(.moveSelected(.down, big: true)) }
        #expect(e.canvas.box(id: "b")!.y == 10)
        let moved = DiagramText.parse(DiagramText.render(e.canvas, style: .ascii))
        #expect(moved.arrows.count == 1)
        #expect(e.render(width: 30, height: 14, style: .ascii).lines[10...12] == [
            "                    +------+  ",
            "                    |  b   |  ",
            "                    +------+  ",
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
        e.apply(.mouseDown(x: 2, y: 1))
        e.apply(.mouseDrag(x: 9, y: 3))
        #expect(e.render(width: 20, height: 6, style: .ascii).pendingBox == GridRect(x: 2, y: 1, width: 8, height: 3))
        e.apply(.mouseUp(x: 11, y: 4))
        #expect(e.canvas.boxes == [Box(id: "b1", x: 2, y: 1, width: 10, height: 4, label: "")])
        Self.type(&e, "db")
        e.apply(.commitLabel)
        // Drag the box by its border: one undo step.
        e.apply(.mouseDown(x: 3, y: 1))
        e.apply(.mouseDrag(x: 5, y: 2))
        e.apply(.mouseDrag(x: 8, y: 6))
        e.apply(.mouseUp(x: 8, y: 6))
        #expect(GridPoint(x: e.canvas.boxes[0].x, y: e.canvas.boxes[0].y) == GridPoint(x: 7, y: 6))
        e.apply(.undo)
        #expect(GridPoint(x: e.canvas.boxes[0].x, y: e.canvas.boxes[0].y) == GridPoint(x: 2, y: 1))
        // A click on empty space only places the cursor and clears the selection.
        e.apply(.mouseDown(x: 15, y: 0))
        e.apply(.mouseUp(x: 15, y: 0))
        #expect(e.canvas.boxes.count == 1 && e.selectedBoxID == nil)
        #expect(e.render(width: 20, height: 6, style: .ascii).cursor == GridPoint(x: 15, y: 0))
    }

    @Test func viewFollowsTheCursorAndPans() {
        var e = CanvasEditor(canvas: Canvas(boxes: [Box(id: "far", x: 100, y: 40, width: 10, height: 3, label: "far")]))
        e.apply(.setViewSize(width: 30, height: 10))
        e.apply(.selectNext)
        let view = e.render(width: 30, height: 10, style: .single)
        #expect(e.viewportOrigin == GridPoint(x: 72, y: 32))
        #expect(view.cursor == GridPoint(x: 29, y: 9))
        #expect(view.selection == GridRect(x: 28, y: 8, width: 10, height: 3))
        #expect(view.lines[8] == String(repeating: " ", count: 28) + "┌─")
        e.apply(.pan(.left, big: true))
        #expect(e.viewportOrigin == GridPoint(x: 57, y: 32))
        #expect(e.render(width: 30, height: 10, style: .single).cursor == GridPoint(x: 29, y: 9))
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
                    .selectNearest(d), .moveSelected(d, big: big), .resizeSelected(d, big: big), .startConnecting,
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
