import Testing
import TextMetrics
@testable import TermUI

/// Clusters users type that are not one scalar: flags, ZWJ emoji, skin tones, Devanagari
/// conjuncts, and a cluster that measures three columns. Each is written whole, covers exactly
/// its measured columns, and is never split by a border, a fill or a diff.
@Suite struct GraphemeClusterCellTests {
    /// क्ष followed by Thai SARA AM: one grapheme cluster at run time (the compiler's literal
    /// checker segments it differently, so it is built from a string) that measures 3 columns.
    static let threeColumns: Character = Character("\u{915}\u{94D}\u{937}\u{E33}" as String)

    @Test func theThreeColumnSampleIsOneClusterOfThreeColumns() {
        #expect(String(Self.threeColumns).count == 1)
        #expect(DisplayWidth.of(Self.threeColumns) == 3)
    }

    @Test(arguments: ["🇫🇷", "👩‍💻", "👍🏽", "स्ते", String(threeColumns)])
    func aClusterCoversItsMeasuredColumns(_ text: String) {
        var b = Buffer(width: 8, height: 1)
        let used = b.put(text + "x", x: 1, y: 0)
        let w = DisplayWidth.of(text)
        #expect(used == w + 1)
        #expect(b[1, 0].grapheme == text)
        for k in 1..<w { #expect(b[1 + k, 0].isContinuation) }
        #expect(b[1 + w, 0].grapheme == "x")
        #expect(b.lines == [" " + text + "x" + String(repeating: " ", count: 8 - 2 - w)])
        #expect(WideGraphemeEdgeTests.brokenCell(b) == nil)
    }

    @Test(arguments: 0..<3)
    func overwritingAnyColumnOfAThreeColumnClusterBlanksAllOfIt(column: Int) {
        var b = Buffer(width: 6, height: 1)
        b.put(String(Self.threeColumns), x: 1, y: 0)
        b.set(x: 1 + column, y: 0, cell: Cell("|"))
        #expect(WideGraphemeEdgeTests.brokenCell(b) == nil, "\(b.lines)")
        #expect(b[1 + column, 0].grapheme == "|")
        #expect(!b.lines[0].contains(String(Self.threeColumns)))
    }

    @Test func aClusterThatDoesNotFitTheRowIsNotWritten() {
        var b = Buffer(width: 4, height: 1)
        #expect(b.put(String(Self.threeColumns), x: 2, y: 0) == 0)
        #expect(b.lines == ["    "])
        b.set(x: 2, y: 0, cell: Cell(String(Self.threeColumns)))
        #expect(b.lines == ["    "])
    }

    @Test(arguments: 0..<3)
    func aDiffAlwaysWritesTheWholeCluster(column: Int) {
        var before = Buffer(width: 6, height: 1)
        before.put("a" + String(Self.threeColumns) + "b", x: 0, y: 0)
        var after = before
        // Restyle one column only: the backend must still get the cluster from its first column.
        var c = after[1 + column, 0]; c.style = .bold; after[1 + column, 0] = c
        let changes = after.diff(from: before)
        #expect(changes.map(\.x) == [1])
        #expect(changes.first?.cell.grapheme == String(Self.threeColumns))
    }

    @Test(arguments: 0..<7)
    func aBorderOverClustersNeverLeavesAPiece(offset: Int) {
        var b = Buffer(width: 14, height: 3)
        b.put("🇫🇷" + String(Self.threeColumns) + "👩‍💻नमस्ते", x: 0, y: 1)
        b.border(Rect(x: offset, y: 0, width: 4, height: 3))
        #expect(WideGraphemeEdgeTests.brokenCell(b) == nil, "border at x=\(offset): \(b.lines)")
        #expect(b[offset, 1].grapheme == "│")
        #expect(b[offset + 3, 1].grapheme == "│")
    }

    @Test func truncationNeverSplitsACluster() {
        var b = Buffer(width: 10, height: 1)
        let used = b.putTruncated("🇫🇷" + String(Self.threeColumns) + "abc", x: 0, y: 0, maxWidth: 5)
        // 🇫🇷 (2) fits, the 3-column cluster does not fit with the ellipsis: "🇫🇷…".
        #expect(used == 3)
        #expect(b.lines[0].hasPrefix("🇫🇷…"))
    }
}
