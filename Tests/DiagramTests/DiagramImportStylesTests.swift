import Testing
import WhiteboardCore
@testable import Diagram

/// The ways people draw arrows and boxes by hand (issue 10): gaps, labels, heads, line styles,
/// bracket boxes, `.-'` and `*` boxes.
@Suite struct DiagramImportStylesTests {
    /// "from -> to" per arrow by box label, with its label, `<->` for both ways and the line
    /// style when it is not solid.
    static func arrows(_ c: Canvas) -> [String] {
        c.arrows.map { a in
            let from = c.box(id: a.from)?.label ?? "?", to = c.box(id: a.to)?.label ?? "?"
            return "\(from) \(a.bothWays ? "<->" : "->") \(to)" + (a.label.map { " [\($0)]" } ?? "")
                + (a.line == .solid ? "" : " (\(a.line.rawValue))")
        }.sorted()
    }

    @Test func arrowWithASpaceBeforeAndAfterIt() {
        let c = DiagramText.parse("""
        +-----+     +-----+
        |  A  | --> |  B  |
        +-----+     +-----+
        """)
        #expect(c.boxes.map(\.label) == ["A", "B"])
        #expect(Self.arrows(c) == ["A -> B"])
        #expect(c.notes.isEmpty)
    }

    @Test func gapsOfTwoCellsAndNoHead() {
        let c = DiagramText.parse("""
        +---+      +---+
        | A |  --  | B |
        +---+      +---+
        """)
        #expect(Self.arrows(c) == ["A -> B"])
        // Three blank cells are too far: the dashes stay a note.
        let far = DiagramText.parse("""
        +---+         +---+
        | A |   --    | B |
        +---+         +---+
        """)
        #expect(far.arrows.isEmpty)
        #expect(far.notes.map(\.text) == ["--"])
    }

    @Test func bracketBoxesOnOneLine() {
        let c = DiagramText.parse("[Client] --> [Ranker] --> [Store]")
        #expect(c.boxes.map(\.label) == ["Client", "Ranker", "Store"])
        #expect(c.boxes.map(\.height) == [3, 3, 3])
        #expect(Self.arrows(c) == ["Client -> Ranker", "Ranker -> Store"])
        // The picture drawn from it reads back the same.
        #expect(Self.arrows(DiagramText.parse(DiagramText.render(c, style: .ascii))) == Self.arrows(c))
    }

    @Test func parenthesisBoxesAndTextInParentheses() {
        let c = DiagramText.parse("""
        (user) -> (API)
        ranker (GBDT) is text
        """)
        #expect(c.boxes.map(\.label) == ["user", "API"])
        #expect(Self.arrows(c) == ["user -> API"])
        #expect(c.notes.map(\.text) == ["ranker (GBDT) is text"])
        // Rows under a row of bracket boxes move down two rows, so nothing overlaps.
        #expect(c.notes.first?.y == 3)
    }

    @Test func labelsInTheMiddleOfArrows() {
        let c = DiagramText.parse("""
        [API] --req--> [Ranker] -- 1000 --> [Store]
        """)
        #expect(Self.arrows(c) == ["API -> Ranker [req]", "Ranker -> Store [1000]"])
    }

    @Test func headsAndLineStyles() {
        let c = DiagramText.parse("""
        [a] -> [b]   [c] ==> [d]   [e] <--> [f]   [g] <-> [h]   [i] ...> [j]   [k] <-- [l]
        """)
        #expect(Self.arrows(c) == [
            "a -> b", "c -> d (thick)", "e <-> f", "g <-> h", "i -> j (dotted)", "l -> k",
        ])
    }

    @Test func verticalHeadsWithAndWithoutAGap() {
        let c = DiagramText.parse("""
        +-----+    +-----+
        | top |    | up  |
        +-----+    +-----+
           |          ^
           v          |
                      |
        +-----+    +-----+
        | low |    | dn  |
        +-----+    +-----+
        """)
        #expect(Self.arrows(c) == ["dn -> up", "top -> low"])
    }

    @Test func roundedASCIIAndStarBoxes() {
        let c = DiagramText.parse("""
        .-------.       *********
        | cache | ----> * model *
        '-------'       *********
        """)
        #expect(c.boxes.map(\.label) == ["cache", "model"])
        #expect(Self.arrows(c) == ["cache -> model"])
    }

    @Test func dottedVerticalASCII() {
        let c = DiagramText.parse("""
        +-------+
        | train |
        +-------+
            :
            :
            v
        +-------+
        | serve |
        +-------+
        """)
        #expect(Self.arrows(c) == ["train -> serve (dotted)"])
    }

    @Test func unicodeLightHeavyDoubleRoundedWithGaps() {
        let c = DiagramText.parse("""
        ┌───┐     ┏━━━┓     ╔═══╗     ╭───╮
        │ a │ ──▶ ┃ b ┃ ──▶ ║ c ║ ◀─▶ │ d │
        └───┘     ┗━━━┛     ╚═══╝     ╰───╯
        """)
        #expect(Self.arrows(c) == ["a -> b", "b -> c", "c <-> d"])
    }

    @Test func unreadableTextIsKeptAsNotes() {
        let text = """
        +---+ ---> ??
        | a |  <=>  ~~~ 
        +---+   [ ]  (
        """
        let c = DiagramText.parse(text)
        #expect(c.boxes.map(\.label) == ["a"])
        #expect(c.arrows.isEmpty)
        let kept = c.notes.map(\.text).joined(separator: " ")
        for piece in ["--->", "??", "<=>", "~~~", "[ ]", "("] { #expect(kept.contains(piece), "\(piece) in \(kept)") }
    }

    @Test func bothWaysAndDottedArrowsDrawAndReadBack() {
        var c = Canvas(boxes: [Box(id: "p", x: 0, y: 0, width: 7, height: 3, label: "p"),
                               Box(id: "q", x: 20, y: 0, width: 7, height: 3, label: "q"),
                               Box(id: "r", x: 0, y: 8, width: 7, height: 3, label: "r")])
        c.arrows = [Arrow(id: "a1", from: "p", to: "q", bothWays: true),
                    Arrow(id: "a2", from: "p", to: "r", label: "x", line: .dotted),
                    Arrow(id: "a3", from: "q", to: "r", line: .thick)]
        for style in [DiagramStyle.ascii, .single, .rounded] {
            let text = DiagramText.render(c, style: style)
            #expect(Self.arrows(DiagramText.parse(text)) == ["p -> r [x] (dotted)", "p <-> q", "q -> r (thick)"], "\(style)\n\(text)")
        }
    }
}
