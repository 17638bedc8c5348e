import Foundation
import Testing
import TermUI
import WhiteboardApp
import WhiteboardCore

/// Issue 13: Escape followed at once by a key arrives as Alt+key; where Alt+key means nothing
/// and Escape does, it is handled as Escape, then the key.
@Suite struct KeyInputTests {
    @Test func escapeThenJInOneReadLeavesTheEditorAndGoesToTheNextStep() throws {
        var s = Fixtures.board()
        try Fixtures.run("a M-j", on: &s)
        #expect(s.board?.focus == .navigator)
        #expect(s.board?.step == .framing)
        #expect(s.board?.session.text(of: .clarify) == "a")
    }

    @Test func boundAltKeysStayAltKeys() throws {
        var s = Fixtures.board()
        try Fixtures.run("w o r d s M-b X", on: &s)   // M-b: previous word, still in the editor
        #expect(s.board?.focus == .editor)
        #expect(s.board?.session.text(of: .clarify) == "Xwords")
        try Fixtures.run("M-3", on: &s)
        #expect(s.board?.step == .data)
        #expect(s.board?.focus == .editor)
    }

    @Test func altKeyWithEscapeUnboundDoesNothing() throws {
        var s = Fixtures.board()
        try Fixtures.run("<esc>", on: &s)
        #expect(s.board?.focus == .navigator)
        let before = s
        // The step list binds no Esc: M-x there changes nothing (and j alone would move).
        try Fixtures.run("M-x M-j", on: &s)
        #expect(s.board?.focus == .navigator)
        #expect(s.board?.step == .clarify)
        #expect(s.board?.session == before.board?.session)
    }

    @Test func anUnboundAltKeyInTheCanvasIsNotSplitIntoCancelAndACommand() throws {
        var s = Fixtures.board()
        try Fixtures.run("Tab n L a b", on: &s)
        #expect(s.board?.session.canvas.boxes.count == 1)
        // M-x means nothing while a new box's label is typed; split, Esc would remove the box.
        try Fixtures.run("M-x e l Enter", on: &s)
        #expect(s.board?.session.canvas.boxes.map(\.label) == ["Label"])
        #expect(s.board?.focus == .canvas)
    }

    @Test func aPasteIntoTheCanvasRunsNoCommand() throws {
        var s = Fixtures.board()
        try Fixtures.run("Tab", on: &s)
        #expect(s.board?.focus == .canvas)
        _ = App.handle(.paste("nx\tjjj\nn"), state: &s)
        #expect(s.board?.focus == .canvas)
        #expect(s.board?.session.canvas.boxes.isEmpty == true)
    }

    @Test func aPasteIntoTheEditorKeepsLineBreaksAndTabsAsText() throws {
        var s = Fixtures.board()
        _ = App.handle(.paste(PasteBurst.normalized("one\r\ntwo\tthree")), state: &s)
        #expect(s.board?.session.text(of: .clarify) == "one\ntwo    three")
        #expect(s.board?.focus == .editor)
    }
}
