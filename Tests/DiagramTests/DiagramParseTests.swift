import Testing
import WhiteboardCore
@testable import Diagram

/// Importing diagrams drawn by hand or pasted from other tools.
@Suite struct DiagramParseTests {
    /// "from -> to" for each arrow, by the boxes' labels, and the label if any.
    static func connections(_ c: Canvas) -> [String] {
        c.arrows.map { a in
            let from = c.box(id: a.from)!.label.replacingOccurrences(of: "\n", with: " ")
            let to = c.box(id: a.to)!.label.replacingOccurrences(of: "\n", with: " ")
            return "\(from) -> \(to)" + (a.label.map { " [\($0)]" } ?? "")
        }.sorted()
    }

    @Test func handDrawnASCIIThreeBoxes() {
        let text = """
        +--------+          +-----------+
        | Client |--query-->|    API    |
        +--------+          |  gateway  |
            ^               +-----------+
            |                     |
            |                     |
            |                     v
            |               +-----------+
            +---------------|  Ranker   |
                            +-----------+
          ranked list goes back to the client
        """
        let canvas = DiagramText.parse(text)
        #expect(canvas.boxes.map(\.label) == ["Client", "API\ngateway", "Ranker"])
        #expect(canvas.boxes.map(\.rect) == [
            GridRect(x: 0, y: 0, width: 10, height: 3),
            GridRect(x: 20, y: 0, width: 13, height: 4),
            GridRect(x: 20, y: 7, width: 13, height: 3),
        ])
        #expect(Self.connections(canvas) == [
            "API gateway -> Ranker",
            "Client -> API gateway [query]",
            "Ranker -> Client",
        ])
        #expect(canvas.notes.map(\.text) == ["ranked list goes back to the client"])
        #expect(canvas.notes.first.map { GridPoint(x: $0.x, y: $0.y) } == GridPoint(x: 2, y: 10))
    }

    @Test func pastedUnicodeWithRoundedDoubleAndHeavyBoxes() {
        let text = """
        ╭──────────╮      ╔═══════════╗
        │ features │─────→║  trainer  ║
        ╰──────────╯      ╚═════╤═════╝
                                │
                                ▼
                          ┏━━━━━━━━━━━┓
                          ┃  model    ┃
                          ┃  registry ┃
                          ┗━━━━━━━━━━━┛
        """
        let canvas = DiagramText.parse(text)
        #expect(canvas.boxes.map(\.label) == ["features", "trainer", "model\nregistry"])
        #expect(Self.connections(canvas) == ["features -> trainer", "trainer -> model registry"])
        #expect(canvas.notes.isEmpty)
    }

    @Test func headAtTheStartReversesAndNoHeadRunsFromTheFirstBoxFound() {
        let text = """
        +---+     +---+
        | a |<----| b |
        +---+     +---+
          |
          |
        +---+
        | c |
        +---+
        """
        let canvas = DiagramText.parse(text)
        #expect(Self.connections(canvas) == ["a -> c", "b -> a"])
    }

    @Test func tabsAndCRLFAreHandled() {
        let text = "+---+  +---+\r\n| a |->| b |\r\n+---+  +---+\r\n\tnote"
        let canvas = DiagramText.parse(text)
        #expect(Self.connections(canvas) == ["a -> b"])
        #expect(canvas.notes.map { "\($0.x),\($0.y) \($0.text)" } == ["8,3 note"])
    }

    @Test func textWithoutBoxesIsNotes() {
        let canvas = DiagramText.parse("hello  world\nsecond line\n\n  a + b = c")
        #expect(canvas.boxes.isEmpty && canvas.arrows.isEmpty)
        // Runs starting in the same column on consecutive rows join into one note.
        #expect(canvas.notes.map(\.text) == ["hello\nsecond line", "world", "a + b = c"])
        #expect(canvas.notes.map(\.x) == [0, 7, 2])
    }

    @Test func renderedDiagramsComeBackWithTheirArrowLabels() {
        let text = DiagramText.render(DiagramRenderTests.pipeline, style: .rounded)
        let canvas = DiagramText.parse(text)
        #expect(Self.connections(canvas) == ["client -> ranking service [query]"])
        var moved = DiagramRenderTests.pipeline
        moved.boxes[1].x = 0
        moved.boxes[1].y = 8
        #expect(Self.connections(DiagramText.parse(DiagramText.render(moved, style: .ascii))) == ["client -> ranking service [query]"])
    }
}
