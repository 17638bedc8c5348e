import Diagram
import Testing
import TermUI
import WhiteboardCore
@testable import WhiteboardApp

/// The canvas pane driven by key scripts through the real keymaps and reducer.
@Suite struct CanvasPaneTests {
    func canvasFocused(width: Int = 80, height: Int = 24) -> AppState {
        var s = Fixtures.board(width: width, height: height)
        _ = App.reduce(&s, .focus(.canvas))
        return s
    }

    func pane(_ s: AppState, width: Int = 48, height: Int = 9) -> [String] {
        var buffer = Buffer(width: width, height: height)
        CanvasPane.render(s.board!, in: Rect(x: 0, y: 0, width: width, height: height), into: &buffer)
        return buffer.lines
    }

    @Test func sketchTwoConnectedBoxesWithTheKeyboard() throws {
        var s = canvasFocused()
        try Fixtures.run("n \"Client\" Enter M-l \"Ranker\" Enter", on: &s)
        let c = s.board!.session.canvas
        #expect(c.boxes.map(\.label) == ["Client", "Ranker"])
        #expect(c.arrows.count == 1)
        #expect(c.arrows.first.map { [$0.from, $0.to] } == c.boxes.map(\.id))
        #expect(s.board!.dirty)
        #expect(pane(s) == [
            "┏ Canvas · single ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓",
            "┃                                              ┃",
            "┃                                              ┃",
            "┃  ┌────────────┐        ┌────────────┐        ┃",
            "┃  │   Client   ├───────▶│   Ranker   │        ┃",
            "┃  └────────────┘        └────────────┘        ┃",
            "┃                                              ┃",
            "┃                                              ┃",
            "┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛",
        ])
    }

    @Test func moveModeMovesTheBoxAndTheArrowFollows() throws {
        var s = canvasFocused()
        try Fixtures.run("n \"A\" Enter M-l \"B\" Enter m j j Esc", on: &s)
        #expect(s.board!.canvasTool == .cursor)
        let b = s.board!.session.canvas.boxes[1]
        #expect(b.y == 2)
        #expect(pane(s, height: 11)[3...7] == [
            "┃  ┌────────────┐                              ┃",
            "┃  │     A      ├───┐                          ┃",
            "┃  └────────────┘   │    ┌────────────┐        ┃",
            "┃                   └───▶│     B      │        ┃",
            "┃                        └────────────┘        ┃",
        ])
        // The two moves are one undo step: one undo puts B back where it was created.
        try Fixtures.run("u", on: &s)
        #expect(s.board!.session.canvas.boxes.count == 2)
        #expect(s.board!.session.canvas.boxes.last?.y == 0)
    }

    @Test func resizeModeAndKindAndDelete() throws {
        var s = canvasFocused()
        try Fixtures.run("n \"Store\" Enter r l l j Esc t", on: &s)
        let box = s.board!.session.canvas.boxes[0]
        #expect(box.width == CanvasEditor.newBoxWidth + 2)
        #expect(box.height == CanvasEditor.newBoxHeight + 1)
        #expect(box.kind != nil)
        try Fixtures.run("x", on: &s)
        #expect(s.board!.session.canvas.boxes.isEmpty)
    }

    @Test func typingALabelInsertsQuestionMarksAndCommandLetters() throws {
        var s = canvasFocused()
        try Fixtures.run("n \"why? x\" Enter", on: &s)
        #expect(s.board!.session.canvas.boxes.map(\.label) == ["why? x"])
        #expect(s.overlay == nil)
    }

    @Test func connectTwoExistingBoxes() throws {
        var s = canvasFocused()
        try Fixtures.run("n \"A\" Enter L L L L l \"\" n \"B\" Enter", on: &s)
        #expect(s.board!.session.canvas.boxes.count == 2)
        #expect(s.board!.session.canvas.arrows.isEmpty)
        try Fixtures.run("[ c ] c", on: &s)
        let c = s.board!.session.canvas
        #expect(c.arrows.count == 1)
        #expect(c.arrows.first?.from == c.boxes.first { $0.label == "A" }?.id)
        #expect(c.arrows.first?.to == c.boxes.first { $0.label == "B" }?.id)
    }

    @Test func escapeCancelsANewBox() throws {
        var s = canvasFocused()
        try Fixtures.run("n \"Half\" Esc", on: &s)
        #expect(s.board!.session.canvas.boxes.isEmpty)
    }

    @Test func styleCyclesAndRendersAscii() throws {
        var s = canvasFocused()
        try Fixtures.run("n \"A\" Enter s s s s", on: &s)
        #expect(s.board!.canvasStyle == .ascii)
        #expect(pane(s)[3...5] == [
            "┃  +------------+                              ┃",
            "┃  |     A      |                              ┃",
            "┃  +------------+                              ┃",
        ])
    }

    @Test func mouseDragOnEmptySpaceDrawsABox() {
        var s = canvasFocused()
        let layout = WhiteboardLayout(width: 80, height: 24, focus: .canvas, zoomed: false)
        let area = CanvasPane.inner(layout.canvas)
        // The view starts with a 2-cell margin: pane cell (4, 2) is canvas cell (2, 0).
        #expect(area.height >= 6)
        _ = App.handle(.mouse(MouseEvent(.press, x: area.x + 4, y: area.y + 2)), state: &s)
        _ = App.handle(.mouse(MouseEvent(.drag, x: area.x + 14, y: area.y + 5)), state: &s)
        _ = App.handle(.mouse(MouseEvent(.release, x: area.x + 14, y: area.y + 5)), state: &s)
        for c in "DB" { _ = App.handle(.key(KeyPress(.char(c))), state: &s) }
        _ = App.handle(.key(KeyPress(.enter)), state: &s)
        let boxes = s.board!.session.canvas.boxes
        #expect(boxes.count == 1)
        #expect(boxes.first?.label == "DB")
        #expect(boxes.first.map { [$0.x, $0.y, $0.width, $0.height] } == [2, 0, 11, 4])
    }

    @Test func helpListsEveryCanvasBinding() {
        // Long help texts wrap onto indented rows: compare with runs of spaces and rows as one space.
        func words(_ s: String) -> String { s.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ") }
        let help = words(HelpOverlay.lines(width: 100, first: []).map(\.text).joined(separator: "\n"))
        for map in [CanvasKeymap.keymap, CanvasKeymap.labelEditing, CanvasKeymap.connecting] {
            #expect(help.contains(words(map.title)))
            for binding in map.bindings { #expect(help.contains(words(binding.help)), "\(binding.help)") }
        }
        // The kinds' legend is there.
        #expect(help.contains("client, service, model, store, queue, feature-store, cache, index, monitor"))
    }
}
