import Diagram
import Testing
import TermUI
import WhiteboardCore
import WhiteboardStore
@testable import WhiteboardApp

/// Arrows as objects, the status bar and box kinds, driven by key scripts through the real
/// keymaps and reducer (issue 13).
@Suite struct CanvasArrowKeyTests {
    func canvasFocused(width: Int = 80, height: Int = 24) -> AppState {
        var s = Fixtures.board(width: width, height: height)
        _ = App.reduce(&s, .focus(.canvas))
        return s
    }

    func pane(_ s: AppState, width: Int = 48, height: Int = 9) -> [String] {
        var s = s
        s.board!.canvasEditor.apply(.setViewSize(width: width - 2, height: height - 2))
        var buffer = Buffer(width: width, height: height)
        CanvasPane.render(s.board!, in: Rect(x: 0, y: 0, width: width, height: height), into: &buffer)
        return buffer.lines
    }

    func statusBar(_ s: AppState) -> String { Fixtures.screen(s).last ?? "" }

    @Test func labelReverseAndDeleteAnArrowFromTheKeyboard() throws {
        var s = canvasFocused(width: 120)
        try Fixtures.run("n \"Client\" Enter M-l \"Ranker\" Enter a", on: &s)
        let arrow = s.board!.session.canvas.arrows[0]
        #expect(s.board!.canvasEditor.selectedArrowID == arrow.id)
        #expect(statusBar(s).contains("arrow \"Client\" → \"Ranker\" · cursor mode"), "\(statusBar(s))")
        try Fixtures.run("e \"req\" Enter", on: &s)
        #expect(s.board!.session.canvas.arrows[0].label == "req")
        #expect(s.board!.dirty)
        #expect(pane(s)[4] == "┃  │   Client   ├──req──▶│   Ranker   │        ┃")
        #expect(statusBar(s).contains("arrow \"Client\" → \"Ranker\" \"req\""), "\(statusBar(s))")
        // v reverses it; the label goes with it.
        try Fixtures.run("v", on: &s)
        let c = s.board!.session.canvas
        #expect(c.arrows[0].from == c.boxes[1].id && c.arrows[0].to == c.boxes[0].id && c.arrows[0].label == "req")
        #expect(pane(s)[4] == "┃  │   Client   │◀─req───┤   Ranker   │        ┃")
        // x deletes the arrow, not a box; u brings it back.
        try Fixtures.run("x", on: &s)
        #expect(s.board!.session.canvas.arrows.isEmpty && s.board!.session.canvas.boxes.count == 2)
        try Fixtures.run("u", on: &s)
        #expect(s.board!.session.canvas.arrows.count == 1)
    }

    @Test func theSelectedArrowIsHighlighted() throws {
        var s = canvasFocused()
        try Fixtures.run("n \"A\" Enter M-l \"B\" Enter a", on: &s)
        var buffer = Buffer(width: 48, height: 9)
        CanvasPane.render(s.board!, in: Rect(x: 0, y: 0, width: 48, height: 9), into: &buffer)
        // The line between the boxes (row 4, from column 16) is in the selection style; the
        // boxes' labels are not.
        #expect(buffer[18, 4].style == Theme.canvasSelection)
        #expect(buffer[23, 4].style == Theme.canvasSelection)
        #expect(buffer[9, 4].style != Theme.canvasSelection)
    }

    @Test func connectKeepsTheSourceSelectedAndAltArrowBranchesFromIt() throws {
        var s = canvasFocused()
        try Fixtures.run("n \"A\" Enter L L L L l \"\" n \"B\" Enter", on: &s)
        try Fixtures.run("[ c ] c", on: &s)
        let a = s.board!.session.canvas.boxes.first { $0.label == "A" }!
        #expect(s.board!.canvasEditor.selectedBoxID == a.id)
        #expect(statusBar(s).contains("box \"A\""), "\(statusBar(s))")
        try Fixtures.run("M-j \"C\" Enter", on: &s)
        let c = s.board!.session.canvas
        let cID = c.boxes.first { $0.label == "C" }!.id
        #expect(c.arrows.filter { $0.from == a.id }.map(\.to).sorted()
                == [c.boxes.first { $0.label == "B" }!.id, cID].sorted())
    }

    @Test func statusBarNamesTheSelectionAndTheMode() throws {
        var s = canvasFocused(width: 140)
        try Fixtures.run("n \"Feature store\" Enter", on: &s)
        #expect(statusBar(s).contains("box \"Feature store\" · cursor mode"), "\(statusBar(s))")
        try Fixtures.run("t t t t", on: &s)
        #expect(statusBar(s).contains("box \"Feature store\" [store] · cursor mode"), "\(statusBar(s))")
        try Fixtures.run("m", on: &s)
        #expect(statusBar(s).contains("· move mode"), "\(statusBar(s))")
        try Fixtures.run("m c", on: &s)
        #expect(statusBar(s).contains("· connecting from \"Feature store\""), "\(statusBar(s))")
        try Fixtures.run("Esc Esc", on: &s)
        #expect(statusBar(s).contains("nothing selected · cursor mode"), "\(statusBar(s))")
        try Fixtures.run("n", on: &s)
        #expect(statusBar(s).contains("· typing"), "\(statusBar(s))")
        // Another pane focused: no canvas part.
        try Fixtures.run("Esc Tab", on: &s)
        #expect(!statusBar(s).contains("mode"), "\(statusBar(s))")
    }

    @Test func theKindIsWrittenOnTheBoxInThePane() throws {
        var s = canvasFocused()
        try Fixtures.run("n \"Ranker\" Enter t t t", on: &s)
        #expect(s.board!.session.canvas.boxes[0].kind == "model")
        #expect(pane(s)[3] == "┃  ┌─model──────┐                              ┃")
        // The exported text has no tag.
        #expect(!DiagramText.render(s.board!.session.canvas, style: .single).contains("model"))
    }

    @Test func arrowLabelAndStyleSurviveSaveAndReopen() throws {
        var s = canvasFocused(width: 140)
        try Fixtures.run("n \"A\" Enter M-l \"B\" Enter a e \"1000 qps\" Enter - <", on: &s)
        #expect(statusBar(s).contains("arrow \"A\" ↔ \"B\" \"1000 qps\" (dotted)"), "\(statusBar(s))")
        try Fixtures.run("s", on: &s)
        let decoded = try SessionCodec.decode(SessionCodec.encode(s.board!.session))
        let a = decoded.session.canvas.arrows
        #expect(a.map(\.label) == ["1000 qps"] && a.map(\.line) == [.dotted] && a.map(\.bothWays) == [true])
        #expect(decoded.session.canvas.style == "rounded")
        let reopened = WhiteboardState(session: decoded.session, path: "/sessions/tiny-1.json", template: nil, now: Fixtures.epoch)
        #expect(reopened.canvasStyle == .rounded)
        #expect(reopened.canvasEditor.canvas == s.board!.session.canvas)
    }
}
