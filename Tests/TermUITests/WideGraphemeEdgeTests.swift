import Testing
@testable import TermUI

/// Borders and fills drawn over half of a wide grapheme blank the other half instead of
/// leaving a broken cell (found by the hostile-key run: the help overlay over Japanese text).
@Suite struct WideGraphemeEdgeTests {
    func brokenCell(_ b: Buffer) -> (Int, Int)? {
        for y in 0..<b.height {
            for x in 0..<b.width {
                let c = b[x, y]
                if c.width == 2 && (x + 1 >= b.width || !b[x + 1, y].isContinuation) { return (x, y) }
                if c.isContinuation && (x == 0 || b[x - 1, y].width != 2) { return (x, y) }
            }
        }
        return nil
    }

    @Test(arguments: 0..<6)
    func borderOverEitherHalf(offset: Int) {
        var b = Buffer(width: 12, height: 4)
        b.put("日本語のテ", x: 0, y: 1)
        b.border(Rect(x: offset, y: 0, width: 4, height: 3))
        #expect(brokenCell(b) == nil, "border at x=\(offset): \(b.lines)")
        #expect(b[offset, 1].grapheme == "│")
    }

    @Test(arguments: 0..<6)
    func fillOverEitherHalf(offset: Int) {
        var b = Buffer(width: 12, height: 2)
        b.put("日本語のテ", x: 0, y: 0)
        b.fill(Rect(x: offset, y: 0, width: 3, height: 1))
        #expect(brokenCell(b) == nil, "fill at x=\(offset): \(b.lines)")
    }
}
