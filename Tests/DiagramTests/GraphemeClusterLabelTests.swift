import Testing
import TextMetrics
import WhiteboardCore
@testable import Diagram

/// Box labels made of multi-scalar clusters (a flag, a ZWJ emoji, a skin tone, Devanagari, a
/// three-column cluster): the grid keeps each cluster whole, every box row has its right border
/// in the same column, and the text parses back to the same labels.
@Suite struct GraphemeClusterLabelTests {
    static let threeColumns = "\u{915}\u{94D}\u{937}\u{E33}"

    @Test func theGridKeepsAThreeColumnClusterWhole() {
        var g = CharGrid(width: 6, height: 1)
        #expect(g.put(Character(Self.threeColumns), x: 1, y: 0) == 3)
        #expect(g[1, 0] == .character(Character(Self.threeColumns)))
        #expect(g[2, 0] == .continuation && g[3, 0] == .continuation)
        #expect(g.put(Character(Self.threeColumns), x: 4, y: 0) == 0)   // would need 3 of 2 columns
        g.put("|", x: 3, y: 0)                                          // over its last column
        #expect(g.line(0) == "   |  ")
        let read = CharGrid(text: "a" + Self.threeColumns + "b")
        #expect(read.width == 5)
        #expect(read.line(0) == "a" + Self.threeColumns + "b")
        #expect(read.trimmedText == "a" + Self.threeColumns + "b")
    }

    static let labels = ["🇫🇷 France", "नमस्ते", "👩‍💻 dev", "👍🏽 ok", Self.threeColumns + " x"]

    @Test(arguments: DiagramStyle.allCases)
    func bordersLineUpAndLabelsComeBack(style: DiagramStyle) {
        var boxes: [Box] = []
        for (i, label) in Self.labels.enumerated() {
            boxes.append(Box(id: "b\(i)", x: (i % 2) * 20, y: (i / 2) * 5, width: 14, height: 3, label: label))
        }
        let canvas = Canvas(boxes: boxes, arrows: [Arrow(id: "a1", from: "b0", to: "b1")], notes: [])
        let text = DiagramText.render(canvas, style: style)
        let rows = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (i, label) in Self.labels.enumerated() {
            let row = (i / 2) * 5 + 1
            let left = (i % 2) * 20
            // The label row holds the cluster text whole, and on all three rows of the box a
            // border glyph starts exactly at column left + 13 (none is shifted by a cluster).
            #expect(rows[row].contains(label), "\(style) row \(row): \(rows[row])")
            for r in row - 1...row + 1 {
                let edge = Self.character(atDisplayColumn: left + 13, in: rows[r])
                #expect(edge.map { !$0.isLetter && !$0.isNumber && $0 != " " } == true,
                        "\(style), box \(i), row \(r): \(rows[row - 1...row + 1].joined(separator: "\n"))")
            }
        }
        let back = DiagramText.parse(text)
        #expect(Set(back.boxes.map(\.label)) == Set(Self.labels), "\(style):\n\(text)")
        #expect(back.arrows.count == 1)
    }

    /// The character that starts exactly at display `column` of `row`, or nil when that column
    /// falls inside a wider character or past the end.
    static func character(atDisplayColumn column: Int, in row: String) -> Character? {
        var col = 0
        for ch in row {
            if col == column { return ch }
            if col > column { return nil }
            col += max(1, DisplayWidth.of(ch))
        }
        return nil
    }
}
