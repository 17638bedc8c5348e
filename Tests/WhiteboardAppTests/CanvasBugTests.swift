import Diagram
import Foundation
import Testing
import TermUI
import WhiteboardCore
import WhiteboardStore
@testable import WhiteboardApp

/// Canvas bugs found in use (issue 13), reproduced through the real keymaps and reducer.
@Suite struct CanvasBugTests {
    func canvasFocused(width: Int = 80, height: Int = 24) -> AppState {
        var s = Fixtures.board(width: width, height: height)
        _ = App.reduce(&s, .focus(.canvas))
        return s
    }

    @Test func lineStyleIsSavedAndReopened() throws {
        var s = canvasFocused()
        try Fixtures.run("n \"A\" Enter s s", on: &s)
        #expect(s.board!.canvasStyle == .double)
        let decoded = try SessionCodec.decode(SessionCodec.encode(s.board!.session))
        let reopened = WhiteboardState(session: decoded.session, path: "/sessions/tiny-1.json", template: nil, now: Fixtures.epoch)
        #expect(reopened.canvasStyle == .double)
    }

    @Test func changingTheLineStyleIsAnUnsavedChange() throws {
        var s = canvasFocused()
        try Fixtures.run("n \"A\" Enter", on: &s)
        _ = App.reduce(&s, .saved(Fixtures.epoch))
        #expect(!s.board!.dirty)
        try Fixtures.run("s", on: &s)
        #expect(s.board!.dirty)
    }

    @Test func zoomingTheCanvasShowsTheWholeDiagram() throws {
        var s = canvasFocused()
        // Four connected boxes run past the unzoomed pane's right edge; the view follows.
        try Fixtures.run("n \"Alpha\" Enter M-l \"Beta\" Enter M-l \"Gamma\" Enter M-l \"Delta\" Enter", on: &s)
        let unzoomed = Fixtures.screen(s).joined(separator: "\n")
        #expect(unzoomed.contains("Delta"))
        #expect(!unzoomed.contains("Alpha"), "the test needs Alpha scrolled out of the small pane")
        try Fixtures.run("F4", on: &s)
        let zoomed = Fixtures.screen(s).joined(separator: "\n")
        for label in ["Alpha", "Beta", "Gamma", "Delta"] { #expect(zoomed.contains(label), "\(label) missing:\n\(zoomed)") }
    }

    @Test func labelEditingShowsTheCursorWhereTextGoes() throws {
        var s = canvasFocused()
        try Fixtures.run("n \"Ranker\"", on: &s)
        let frame = AppView.render(s)
        let screen = Fixtures.screen(s)
        guard let (cx, cy) = frame.cursor else { Issue.record("no cursor"); return }
        let row = Array(screen[cy])
        // The cursor sits just after "Ranker".
        let text = String(row[max(0, cx - 6)..<min(row.count, cx)])
        #expect(text == "Ranker", "cursor at \(cx),\(cy) in \(screen[cy])")
        // Left arrow moves it back inside the label; typing goes there.
        try Fixtures.run("Left Left \"-\" Enter", on: &s)
        #expect(s.board!.session.canvas.boxes[0].label == "Rank-er")
    }
}
