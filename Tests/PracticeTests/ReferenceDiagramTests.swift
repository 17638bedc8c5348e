import Diagram
import Practice
import Testing
import WhiteboardCore

@Suite struct ReferenceDiagramTests {
    typealias F = PracticeFixtures

    static let problems = PracticeFixtures.library.problems.map(\.id)

    @Test(arguments: problems)
    func everyComponentIsABoxAndNoBoxesOverlap(id: String) {
        let t = F.template(id)
        let canvas = ReferenceDiagram.canvas(for: t)
        #expect(canvas.boxes.map { $0.label.replacingOccurrences(of: "\n", with: " ") }.sorted() == t.components.map(\.name).sorted())
        for (i, a) in canvas.boxes.enumerated() {
            let lines = a.label.split(separator: "\n")
            #expect(a.width >= 4 + lines.map(\.count).max()! && a.height >= 2 + lines.count, "\(id): \(a.label) fits its box")
            for b in canvas.boxes[(i + 1)...] {
                // At least one empty cell between any two boxes.
                let apart = a.x + a.width < b.x || b.x + b.width < a.x || a.y + a.height < b.y || b.y + b.height < a.y
                #expect(apart, "\(id): \(a.label) and \(b.label) overlap or touch")
            }
        }
    }

    @Test(arguments: problems)
    func everyFlowIsDrawnAroundTheBoxes(id: String) {
        let t = F.template(id)
        let canvas = ReferenceDiagram.canvas(for: t)
        #expect(canvas.arrows.count == t.flows.count)
        let layout = DiagramLayout(canvas: canvas)
        #expect(layout.routes.count == t.flows.count, "\(id): every flow gets a route")
        for r in layout.routes { #expect(!r.crossesBoxes, "\(id): \(r.arrowID) runs over a box") }
        // Drawn and read back, the picture has one arrow per flow between the right boxes.
        let text = DiagramText.render(canvas, style: .single)
        let parsed = DiagramText.parse(text)
        let label = Dictionary(uniqueKeysWithValues: parsed.boxes.map { ($0.id, $0.label.split(whereSeparator: \.isWhitespace).joined(separator: " ")) })
        let drawn = Set(parsed.arrows.map { "\(label[$0.from] ?? "?") -> \(label[$0.to] ?? "?")" })
        for f in t.flows { #expect(drawn.contains("\(f.from) -> \(f.to)"), "\(id): \(f.from) -> \(f.to) not found in\n\(text)") }
    }

    @Test func flowsRunLeftToRightExceptLoopsBack() {
        let t = F.template("fraud-detection")
        let canvas = ReferenceDiagram.canvas(for: t)
        func x(_ name: String) -> Int { canvas.boxes.first { $0.label.replacingOccurrences(of: "\n", with: " ") == name }!.x }
        // The online path reads left to right; only the retraining loop points back.
        #expect(x("Payment gateway") < x("Transaction stream"))
        #expect(x("Transaction stream") < x("Stream processor"))
        #expect(x("Feature store") < x("Risk model"))
        #expect(x("Risk model") < x("Decision service"))
        let backwards = t.flows.filter { x($0.from) >= x($0.to) }.map { "\($0.from) -> \($0.to)" }
        #expect(backwards == ["Training pipeline -> Risk model"])
        #expect(ReferenceDiagram.label("Transaction stream") == "Transaction\nstream")
        #expect(ReferenceDiagram.label("Risk model") == "Risk model")
    }
}
