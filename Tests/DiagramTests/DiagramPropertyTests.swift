import Testing
import TextMetrics
import WhiteboardCore
@testable import Diagram

@Suite struct DiagramPropertyTests {
    /// Any viewport of any canvas is exactly the matching crop of the whole picture (except wide
    /// characters cut by the viewport's edge, which are left blank), and its size is exact.
    @Test func viewportIsACropOfTheWholePicture() {
        var rng = SeededGenerator(seed: 7)
        for _ in 0..<150 {
            let canvas = RandomCanvas.make(&rng)
            let layout = DiagramLayout(canvas: canvas)
            let whole = DiagramRenderer.render(canvas, style: .single, viewport: layout.bounds, layout: layout)
            let vp = GridRect(x: layout.bounds.x + Int.random(in: -5...30, using: &rng),
                              y: layout.bounds.y + Int.random(in: -3...12, using: &rng),
                              width: Int.random(in: 0...60, using: &rng), height: Int.random(in: 0...20, using: &rng))
            let part = DiagramRenderer.render(canvas, style: .single, viewport: vp, layout: layout)
            #expect(part.width == vp.width && part.height == vp.height)
            #expect(part.cells.count == vp.width * vp.height)
            for y in 0..<part.height {
                for x in 0..<part.width {
                    let wx = vp.x + x - layout.bounds.x, wy = vp.y + y - layout.bounds.y
                    var expected = whole[wx, wy]
                    if case .character(let c) = expected, DisplayWidth.of(c) == 2, x == part.width - 1 { expected = .blank }
                    if case .continuation = expected, x == 0 { expected = .blank }
                    #expect(part[x, y] == expected, "cell \(x),\(y) of viewport \(vp)")
                    if part[x, y] != expected { return }
                }
            }
        }
    }

    /// Render → parse → render gives the same picture, in every style, for canvases mlsd draws
    /// cleanly (no route forced across a box or along another arrow).
    @Test(arguments: DiagramStyle.allCases)
    func renderParseRenderIsIdentical(style: DiagramStyle) {
        var rng = SeededGenerator(seed: 11)
        var checked = 0, skipped = 0
        for _ in 0..<120 {
            let canvas = RandomCanvas.make(&rng)
            let layout = DiagramLayout(canvas: canvas)
            if layout.routes.contains(where: { $0.crossesBoxes || $0.overlapsArrows }) { skipped += 1; continue }
            let text = DiagramText.render(canvas, style: style)
            // ASCII draws every corner and junction as `+`, so two `+` touching (an elbow next
            // to another elbow or a box corner) cannot always be told apart: such pictures are
            // beyond what ASCII can carry and are not checked.
            if style == .ascii && DiagramPropertyTests.hasTouchingPluses(text) { skipped += 1; continue }
            let parsed = DiagramText.parse(text)
            let again = DiagramText.render(parsed, style: style)
            #expect(again == text, "\n\(text)\n---\n\(again)")
            if again != text { return }
            #expect(parsed.boxes.count == canvas.boxes.count)
            checked += 1
        }
        #expect(checked >= (style == .ascii ? 40 : 100), "only \(checked) of \(checked + skipped) canvases were clean")
    }

    static func hasTouchingPluses(_ text: String) -> Bool {
        let grid = CharGrid(text: text)
        for y in 0..<grid.height {
            for x in 0..<grid.width where grid.character(x: x, y: y) == "+" {
                if grid.character(x: x + 1, y: y) == "+" || grid.character(x: x, y: y + 1) == "+" { return true }
            }
        }
        return false
    }

    /// Parsing arbitrary junk never crashes and always yields a canvas whose arrows join boxes.
    @Test func parsingJunkKeepsInvariants() throws {
        var rng = SeededGenerator(seed: 3)
        let alphabet = Array("+-|<>v^ .'─│┌┐└┘├┤┬┴┼╭╮╰╯═║╔╗╚╝━┃▶◀▲▼→ab 漢🚀\t")
        for _ in 0..<120 {
            let rows = Int.random(in: 0...12, using: &rng)
            let text = (0..<rows).map { _ in
                String((0..<Int.random(in: 0...30, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! })
            }.joined(separator: "\n")
            var canvas = DiagramText.parse(text)
            let repairs = try CanvasInvariants.check(&canvas)
            #expect(repairs.isEmpty)
            _ = DiagramText.render(canvas, style: .ascii)
        }
    }
}
