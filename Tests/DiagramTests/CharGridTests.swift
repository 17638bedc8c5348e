import Testing
@testable import Diagram

@Suite struct CharGridTests {
    @Test func wideCharacterTakesTwoCellsAndIsNeverSplit() {
        var g = CharGrid(width: 5, height: 1)
        #expect(g.put(Character("漢"), x: 0, y: 0) == 2)
        #expect(g[0, 0] == .character("漢") && g[1, 0] == .continuation)
        // Does not fit in the last column: nothing is written.
        #expect(g.put(Character("字"), x: 4, y: 0) == 0)
        #expect(g[4, 0] == .blank)
        // Overwriting the right half blanks the left half too.
        g.put("x", x: 1, y: 0)
        #expect(g.line(0) == " x   ")
        g.put("🚀", x: 2, y: 0)
        g.put("y", x: 2, y: 0)
        #expect(g.line(0) == " xy  ")
    }

    @Test func writesOutsideTheGridAreDropped() {
        var g = CharGrid(width: 3, height: 2)
        g.put("abcdef", x: -2, y: 0)
        g.put("z", x: 0, y: 5)
        g.put("q", x: 3, y: 1)
        #expect(g.lines == ["cde", "   "])
        #expect(g.cells.count == 6)
        #expect(CharGrid(width: -4, height: 2).cells.isEmpty)
    }

    @Test func textIsReadWithTabsWideCharactersAndControlCharactersMadeVisible() {
        let g = CharGrid(text: "a\tb\n漢x\n\u{7}")
        #expect(g.lines == ["a       b", "漢x      ", "^G       "])
        #expect(g[1, 1] == .continuation)
    }

    @Test func trimmedTextDropsBlankEdgesAndTrailingSpaces() {
        var g = CharGrid(width: 8, height: 4)
        g.put("ab", x: 2, y: 1)
        g.put("c", x: 3, y: 2)
        #expect(g.trimmedText == "ab\n c")
    }
}
