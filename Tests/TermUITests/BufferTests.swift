import Testing
import TermUI

@Suite struct BufferTests {
    @Test func wideGraphemesTakeTwoColumns() {
        var b = Buffer(width: 8, height: 1)
        let used = b.put("a日b🎉", x: 0, y: 0)
        #expect(used == 6)
        #expect(b[1, 0].grapheme == "日")
        #expect(b[2, 0].isContinuation)
        #expect(b[3, 0].grapheme == "b")
        #expect(b[4, 0].grapheme == "🎉")
        #expect(b.lines == ["a日b🎉  "])
    }

    @Test func aWideGraphemeThatDoesNotFitIsNotWritten() {
        var b = Buffer(width: 3, height: 1)
        #expect(b.put("ab日", x: 0, y: 0) == 2)
        #expect(b.lines == ["ab "])
    }

    @Test func overwritingHalfAWideGraphemeBlanksTheOtherHalf() {
        var b = Buffer(width: 4, height: 1)
        b.put("日本", x: 0, y: 0)
        b.put("x", x: 1, y: 0)
        #expect(b.lines == [" x本"])
    }

    @Test func controlCharactersAreShownInert() {
        var b = Buffer(width: 20, height: 1)
        b.put("a\u{1b}[31mb\u{7}", x: 0, y: 0)
        #expect(b.lines == ["a^[[31mb^G" + String(repeating: " ", count: 10)])
        #expect(!b.cells.contains { $0.grapheme.unicodeScalars.contains { $0.value < 0x20 } })
    }

    @Test func diffHasOnlyChangedCellsAndWholeWideGraphemes() {
        var a = Buffer(width: 6, height: 2)
        a.put("hello", x: 0, y: 0)
        var b = a
        b.put("J", x: 0, y: 1)
        #expect(b.diff(from: a) == [CellChange(x: 0, y: 1, cell: Cell("J"))])
        #expect(b.diff(from: b).isEmpty)
        var c = b
        c.put("日", x: 2, y: 1)
        #expect(c.diff(from: b) == [CellChange(x: 2, y: 1, cell: Cell("日"))])
        var d = c
        d.put("x", x: 3, y: 1) // the right half changes: the lead cell is blanked and sent too
        #expect(d.diff(from: c) == [CellChange(x: 2, y: 1, cell: Cell(" ")), CellChange(x: 3, y: 1, cell: Cell("x"))])
        #expect(a.diff(from: Buffer(width: 3, height: 3)).count == 12)
    }

    @Test func memoryTerminalShowsAppliedDiffs() {
        let t = MemoryTerminal(width: 5, height: 2)
        var frame = Buffer(width: 5, height: 2)
        frame.put("hi", x: 1, y: 1)
        frame.cursor = (3, 1)
        t.draw(frame)
        #expect(t.lines == ["", " hi"])
        #expect(t.cursorPosition! == (3, 1))
    }

    @Test func truncationEndsWithEllipsis() {
        var b = Buffer(width: 10, height: 1)
        b.putTruncated("abcdefghijkl", x: 0, y: 0, maxWidth: 6)
        #expect(b.lines == ["abcde…    "])
    }

    @Test func wrapBreaksAfterSpacesAndInsideLongWords() {
        #expect(TextWrap.lines("the quick brown fox", width: 10) == ["the quick ", "brown fox"])
        #expect(TextWrap.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWrap.lines("日本語です", width: 5) == ["日本", "語で", "す"])
        #expect(TextWrap.lines("a\n\nb", width: 5) == ["a", "", "b"])
    }

    @Test func rectSplitsAndContains() {
        let r = Rect(x: 0, y: 0, width: 10, height: 5)
        let (top, rest) = r.splitTop(2)
        #expect(top == Rect(x: 0, y: 0, width: 10, height: 2))
        #expect(rest == Rect(x: 0, y: 2, width: 10, height: 3))
        #expect(r.inset(1) == Rect(x: 1, y: 1, width: 8, height: 3))
        #expect(r.contains(x: 9, y: 4) && !r.contains(x: 10, y: 0))
        #expect(r.centered(width: 4, height: 1) == Rect(x: 3, y: 2, width: 4, height: 1))
    }
}
