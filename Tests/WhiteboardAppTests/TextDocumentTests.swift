import Testing
import WhiteboardApp

@Suite struct TextDocumentTests {
    @Test func insertSplitsLinesAndKeepsTheTail() {
        var d = TextDocument("ad")
        d.moveCursor(line: 0, column: 1)
        d.insert("b\nc")
        #expect(d.text == "ab\ncd")
        #expect(d.cursor == (1, 1))
        d.insert("\r\nx\ty")
        #expect(d.text == "ab\nc\nx    yd")
    }

    @Test func backspaceAndDeleteJoinLines() {
        var d = TextDocument("ab\ncd")
        d.moveCursor(line: 1, column: 0)
        d.backspace()
        #expect(d.text == "abcd")
        #expect(d.cursor == (0, 2))
        d.moveToDocumentEnd()
        d.deleteForward()
        #expect(d.text == "abcd")
        d.moveCursor(line: 0, column: 0)
        d.deleteForward()
        #expect(d.text == "bcd")
    }

    @Test func cursorMovesByGraphemeOverWideAndCombiningCharacters() {
        var d = TextDocument("e\u{301}日🎉x")
        d.moveCursor(line: 0, column: 0)
        d.moveRight()
        #expect(d.cursor.column == 1)
        d.backspace()
        #expect(d.text == "日🎉x")
        d.moveRight(); d.moveRight()
        d.insert("!")
        #expect(d.text == "日🎉!x")
        let layout = TextLayout(document: d, width: 20)
        #expect(layout.cursorRow.column == 5)   // 日 and 🎉 are two columns each
    }

    @Test func aRunOfTypingIsOneUndoStepNotAWordAtATime() {
        var d = TextDocument()
        for c in "hello world" { d.insert(String(c)) }
        var done = d.undo()
        #expect(done && d.text == "")
        done = d.undo()
        #expect(!done)
        let redone = [d.redo(), d.redo()]
        #expect(redone == [true, false])
        #expect(d.text == "hello world")
    }

    @Test func aCursorMoveEndsAnUndoStepAndANewEditClearsRedo() {
        var d = TextDocument()
        d.insert("a"); d.insert("b")
        d.moveLeft()
        d.insert("c")
        #expect(d.text == "acb")
        d.undo()
        #expect(d.text == "ab")
        d.insert("z")
        let redone = d.redo()
        #expect(!redone)
    }

    @Test func softWrapRowsAndVerticalMovementKeepTheColumn() {
        var d = TextDocument("the quick brown fox jumps\nover")
        let layout = TextLayout(document: d, width: 10)
        #expect(layout.rows.map { [$0.line, $0.start, $0.end] } == [[0, 0, 10], [0, 10, 20], [0, 20, 25], [1, 0, 4]])
        d.moveCursor(line: 0, column: 2)
        d.moveRows(1, width: 10)
        #expect(d.cursor == (0, 12))
        d.moveRows(2, width: 10)
        #expect(d.cursor == (1, 2))
        d.moveRows(-1, width: 10)
        #expect(d.cursor == (0, 22))
        d.moveToRowStart(width: 10)
        #expect(d.cursor == (0, 20))
        d.moveCursor(line: 0, column: 3)
        d.moveToRowEnd(width: 10)
        #expect(d.cursor == (0, 9))
    }

    @Test func aCursorAfterAFullRowGoesToTheNextRow() {
        var d = TextDocument("abcd")
        d.moveToDocumentEnd()
        let layout = TextLayout(document: d, width: 4)
        #expect(layout.cursorRow == (1, 0))
        #expect(layout.rows.count == 2)
    }

    @Test func wordMovesSkipPunctuationAndCrossLines() {
        var d = TextDocument("one, two\nthree")
        d.moveWordRight()
        #expect(d.cursor == (0, 3))
        d.moveWordRight()
        #expect(d.cursor == (0, 8))
        d.moveWordRight()
        #expect(d.cursor == (1, 0))
        d.moveWordLeft()
        #expect(d.cursor == (0, 8))
        d.moveWordLeft()
        #expect(d.cursor == (0, 5))
    }

    @Test func replaceAllIsOneUndoStep() {
        var d = TextDocument("old")
        d.replaceAll(with: "new\ntext")
        #expect(d.text == "new\ntext")
        d.undo()
        #expect(d.text == "old")
    }
}
