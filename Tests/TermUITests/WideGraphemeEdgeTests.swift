import Testing
@testable import TermUI

/// Borders and fills drawn over half of a wide grapheme blank the other half instead of
/// leaving a broken cell (found by the hostile-key run: the help overlay over Japanese text).
@Suite struct WideGraphemeEdgeTests {
    /// The first cell that breaks the wide-grapheme invariant: a grapheme of width w followed by
    /// exactly w - 1 continuations, and no continuation outside such a run.
    static func brokenCell(_ b: Buffer) -> (Int, Int)? {
        for y in 0..<b.height {
            var x = 0
            while x < b.width {
                let c = b[x, y]
                if c.isContinuation { return (x, y) }
                let w = max(1, c.width)
                if x + w > b.width { return (x, y) }
                for k in 1..<w where !b[x + k, y].isContinuation { return (x, y) }
                x += w
            }
        }
        return nil
    }
    func brokenCell(_ b: Buffer) -> (Int, Int)? { Self.brokenCell(b) }

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
