import Foundation
import Testing
import TermUI
import WhiteboardApp

/// Issue 13: text undo groups typing as editors do. A run of typed characters is one step; a
/// pause, a cursor move or a newline ends it.
@Suite struct UndoGroupingTests {
    static func type(_ text: String, on s: inout AppState, every seconds: Double = 0.1) {
        for c in text {
            _ = App.reduce(&s, .tick(s.now.addingTimeInterval(seconds)))
            _ = App.handle(.key(c == "\n" ? KeyPress(.enter) : KeyPress(.char(c))), state: &s)
        }
    }

    @Test func aSentenceTypedWithoutPausingIsUndoneAtOnce() {
        var s = Fixtures.board()
        Self.type("we ship an MVP first", on: &s)
        _ = App.reduce(&s, .undo)
        #expect(s.board?.session.text(of: .clarify) == "")
        _ = App.reduce(&s, .redo)
        #expect(s.board?.session.text(of: .clarify) == "we ship an MVP first")
    }

    @Test func aPauseEndsTheStep() {
        var s = Fixtures.board()
        Self.type("first thought", on: &s)
        _ = App.reduce(&s, .tick(s.now.addingTimeInterval(5)))
        Self.type(" second", on: &s)
        _ = App.reduce(&s, .undo)
        #expect(s.board?.session.text(of: .clarify) == "first thought")
        _ = App.reduce(&s, .undo)
        #expect(s.board?.session.text(of: .clarify) == "")
    }

    @Test func aNewlineAndACursorMoveEndTheStep() {
        var s = Fixtures.board()
        Self.type("line one\nline two", on: &s)
        _ = App.reduce(&s, .cursorLeft)
        Self.type("X", on: &s)
        #expect(s.board?.session.text(of: .clarify) == "line one\nline twXo")
        let undone = (0..<4).map { _ -> String in
            _ = App.reduce(&s, .undo)
            return s.board?.session.text(of: .clarify) ?? "?"
        }
        #expect(undone == ["line one\nline two", "line one\n", "line one", ""])
    }

    @Test func aRunOfBackspacesIsOneStepAndPasteIsItsOwn() {
        var s = Fixtures.board()
        Self.type("abc", on: &s)
        _ = App.reduce(&s, .paste("PASTED"))
        for _ in 0..<3 { _ = App.reduce(&s, .tick(s.now.addingTimeInterval(0.1))); _ = App.reduce(&s, .backspace) }
        #expect(s.board?.session.text(of: .clarify) == "abcPAS")
        let undone = (0..<3).map { _ -> String in
            _ = App.reduce(&s, .undo)
            return s.board?.session.text(of: .clarify) ?? "?"
        }
        #expect(undone == ["abcPASTED", "abc", ""])
    }
}
