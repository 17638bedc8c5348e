import Testing
import WhiteboardCore
@testable import Diagram

/// Arrows as objects in the canvas editor: select, label, reverse, delete, and connecting
/// leaving the source selected (issue 13).
@Suite struct CanvasEditorArrowTests {
    static func type(_ e: inout CanvasEditor, _ text: String) {
        for ch in text { e.apply(.insertText(String(ch))) }
    }

    /// a → b → c in a row, 10 cells apart.
    static func pipeline() -> CanvasEditor {
        var e = CanvasEditor(canvas: Canvas(boxes: [
            Box(id: "a", x: 0, y: 0, width: 8, height: 3, label: "a"),
            Box(id: "b", x: 18, y: 0, width: 8, height: 3, label: "b"),
            Box(id: "c", x: 36, y: 0, width: 8, height: 3, label: "c"),
        ], arrows: [Arrow(id: "bc", from: "b", to: "c"), Arrow(id: "ab", from: "a", to: "b")]))
        e.apply(.setViewSize(width: 50, height: 8))
        return e
    }

    @Test func arrowsCycleInReadingOrderStartingAtTheSelectedBox() {
        var e = Self.pipeline()
        e.apply(.selectNextArrow)
        #expect(e.selectedArrowID == "ab" && e.selectedBoxID == nil)
        e.apply(.selectNextArrow)
        #expect(e.selectedArrowID == "bc")
        e.apply(.selectNextArrow)
        #expect(e.selectedArrowID == "ab")
        e.apply(.selectPreviousArrow)
        #expect(e.selectedArrowID == "bc")
        // From a selected box: its first arrow.
        e.apply(.selectNext); e.apply(.selectNext)   // a, then b
        #expect(e.selectedBoxID == "b" && e.selectedArrowID == nil)
        e.apply(.selectPreviousArrow)
        #expect(e.selectedArrowID == "bc")
        // Esc clears it; moving the cursor selects boxes again.
        e.apply(.cancel)
        #expect(e.selectedArrowID == nil && e.selectedBoxID == nil)
        #expect(e.invariantViolations().isEmpty)
    }

    @Test func labelAnArrowWithTheCursorThenUndoAndRedo() {
        var e = Self.pipeline()
        e.apply(.selectNextArrow)
        e.apply(.editLabel)
        #expect(e.mode == .editingArrowLabel(arrowID: "ab"))
        Self.type(&e, "rq")
        e.apply(.moveLabelCursor(.left))
        Self.type(&e, "e")
        e.apply(.newline)   // arrow labels are one line: ignored
        let typing = e.render(width: 50, height: 8, style: .single)
        e.apply(.commitLabel)
        #expect(e.canvas.arrows.first { $0.id == "ab" }?.label == "req")
        let lines = e.render(width: 50, height: 8, style: .single).lines
        #expect(lines[3] == "  │  a   ├───req───▶│  b   ├─────────▶│  c   │    ")
        // While typing, the text cursor was after "re" (the `e` typed before the `q`).
        #expect(typing.cursor.map { Array(lines[$0.y])[$0.x - 2..<$0.x] } == ["r", "e"])
        #expect(typing.selectedArrowCells.contains(GridPoint(x: 11, y: 3)))
        e.apply(.undo)
        #expect(e.canvas.arrows.first { $0.id == "ab" }?.label == nil)
        #expect(e.selectedArrowID == "ab")
        e.apply(.redo)
        #expect(e.canvas.arrows.first { $0.id == "ab" }?.label == "req")
        // Escape while typing restores the label.
        e.apply(.editLabel)
        e.apply(.backspace)
        e.apply(.cancel)
        #expect(e.canvas.arrows.first { $0.id == "ab" }?.label == "req")
        #expect(e.selectedArrowID == "ab")
    }

    @Test func reverseAndDeleteOneArrow() {
        var e = Self.pipeline()
        e.apply(.selectNextArrow)
        e.apply(.reverseSelectedArrow)
        #expect(e.canvas.arrows.first { $0.id == "ab" }.map { [$0.from, $0.to] } == ["b", "a"])
        #expect(e.render(width: 50, height: 8, style: .ascii).lines[3] == "  |  a   |<---------+  b   +--------->|  c   |    ")
        e.apply(.deleteSelected)
        #expect(e.canvas.arrows.map(\.id) == ["bc"] && e.canvas.boxes.count == 3)
        #expect(e.selectedArrowID == nil)
        e.apply(.undo)
        #expect(e.canvas.arrows.count == 2 && e.selectedArrowID == "ab")
        e.apply(.undo)
        #expect(e.canvas.arrows.first { $0.id == "ab" }.map { [$0.from, $0.to] } == ["a", "b"])
        // Not reversed onto an arrow that already runs the other way.
        var both = CanvasEditor(canvas: Canvas(boxes: e.canvas.boxes,
                                               arrows: [Arrow(id: "1", from: "a", to: "b"), Arrow(id: "2", from: "b", to: "a")]))
        both.apply(.selectNextArrow)
        let before = both.canvas
        both.apply(.reverseSelectedArrow)
        #expect(both.canvas == before)
    }

    @Test func restyleOneArrow() {
        var e = Self.pipeline()
        e.apply(.selectNextArrow)
        e.apply(.cycleArrowLine())
        #expect(e.canvas.arrows.first { $0.id == "ab" }?.line == .dotted)
        #expect(e.canvas.arrows.first { $0.id == "bc" }?.line == .solid)
        #expect(e.render(width: 50, height: 8, style: .single).lines[3] == "  │  a   ├┄┄┄┄┄┄┄┄┄▶│  b   ├─────────▶│  c   │    ")
        e.apply(.cycleArrowLine())
        #expect(e.canvas.arrows.first { $0.id == "ab" }?.line == .thick)
        e.apply(.cycleArrowLine(reverse: true))
        e.apply(.cycleArrowLine(reverse: true))
        #expect(e.canvas.arrows.first { $0.id == "ab" }?.line == .solid)
        e.apply(.toggleArrowBothWays)
        #expect(e.canvas.arrows.first { $0.id == "ab" }?.bothWays == true)
        #expect(e.render(width: 50, height: 8, style: .ascii).lines[3].hasPrefix("  |  a   +<-------->|  b   +"))
        // Each restyle is one undo step.
        e.apply(.undo)
        #expect(e.canvas.arrows.first { $0.id == "ab" }?.bothWays == false)
        e.apply(.undo); e.apply(.undo)
        #expect(e.canvas.arrows.first { $0.id == "ab" }?.line == .thick)
        #expect(e.selectedArrowID == "ab")
    }

    @Test func connectingLeavesTheSourceSelectedSoTheNextBoxBranchesFromIt() {
        var e = CanvasEditor(canvas: Canvas(boxes: [
            Box(id: "a", x: 0, y: 0, width: 8, height: 3, label: "a"),
            Box(id: "b", x: 20, y: 0, width: 8, height: 3, label: "b"),
        ]))
        e.apply(.selectNext)
        e.apply(.startConnecting)
        e.apply(.selectNext)
        e.apply(.finishConnecting)
        #expect(e.selectedBoxID == "a")
        e.apply(.createConnectedBox(.down))
        e.apply(.insertText("c"))
        e.apply(.commitLabel)
        let c = e.canvas.boxes.first { $0.label == "c" }!
        #expect(Set(e.canvas.arrows.map { "\($0.from)->\($0.to)" }) == ["a->b", "a->\(c.id)"])
    }

    @Test func boxKindsAreWrittenOnTheTopBorderInThePaneOnly() {
        var e = CanvasEditor(canvas: Canvas(boxes: [
            Box(id: "r", x: 0, y: 0, width: 14, height: 3, label: "Ranker", kind: "model"),
            Box(id: "s", x: 20, y: 0, width: 6, height: 3, label: "S", kind: "store"),   // too narrow for a tag
        ], arrows: [Arrow(id: "1", from: "r", to: "s")]))
        e.apply(.setViewSize(width: 30, height: 5))
        let view = e.render(width: 30, height: 5, style: .single)
        #expect(view.lines[2] == "  ┌─model──────┐      ┌────┐  ")
        #expect(view.kindTags == [GridRect(x: 4, y: 2, width: 5, height: 1)])
        #expect(!DiagramText.render(e.canvas, style: .single).contains("model"))
        // A tag never hides where an arrow leaves the border; a long kind is shortened.
        var up = CanvasEditor(canvas: Canvas(boxes: [
            Box(id: "top", x: 0, y: 0, width: 8, height: 3, label: "T"),
            Box(id: "m", x: 0, y: 6, width: 8, height: 3, label: "M", kind: "monitor"),
        ], arrows: [Arrow(id: "1", from: "m", to: "top")]))
        up.apply(.setViewSize(width: 12, height: 12))
        let lines = up.render(width: 12, height: 12, style: .single).lines
        #expect(lines[5].contains("▲"))
        #expect(lines[8] == "  ┌──┴───┐  ", "no room for the tag beside the junction")
        up.apply(.selectNext); up.apply(.selectNext)
        up.apply(.resizeSelected(.right, big: true)); up.apply(.resizeSelected(.right, big: true))
        // 18 wide: the whole tag fits beside the junction, a line cell between them.
        let wide = up.render(width: 24, height: 12, style: .single).lines[8]
        #expect(wide.contains("─monitor─") && wide.contains("┴") && !wide.contains("┴monitor") && !wide.contains("monitor┴"), "\(wide)")
    }

    @Test func arrowSelectionSurvivesRandomCommands() {
        var e = Self.pipeline()
        let script: [CanvasCommand] = [.selectNextArrow, .moveCursor(.right), .selectNextArrow, .deleteSelected, .undo,
                                       .selectPreviousArrow, .reverseSelectedArrow, .editLabel, .insertText("x"),
                                       .undo, .redo, .selectNext, .deleteSelected, .selectNextArrow, .undo, .cancel]
        for c in script {
            e.apply(c)
            #expect(e.invariantViolations().isEmpty, "after \(c): \(e.invariantViolations())")
        }
    }
}
