import Foundation
import Testing
import WhiteboardCore
import WhiteboardStore

/// Drawing in the canvas pane of the real binary in tmux, with the keyboard only.
@Suite(.serialized) struct CanvasEndToEndTests {
    @Test func drawTwoConnectedBoxesSaveAndTheSessionHasThem() throws {
        guard let (fx, mlsd) = try EndToEndFixture.prepare() else { return }
        defer { fx.remove() }
        let file = try fx.newSession(named: "canvas.json")
        let tmux = Tmux(name: "canvas")
        defer { tmux.close() }
        try tmux.start(fx.command(mlsd, "open '\(file)'"))
        #expect(tmux.waitFor { $0.contains("1. Clarifying requirements") }.ok)
        try tmux.keys("Tab")
        #expect(tmux.waitFor { $0.contains("Canvas · single") }.ok)
        try tmux.keys("n")
        try tmux.type("Feature store")
        try tmux.keys("Enter", "M-l")
        try tmux.type("Ranker")
        try tmux.keys("Enter")
        let drawn = tmux.waitFor { $0.contains("│ Feature store ├") && $0.contains("▶│") && $0.contains("Ranker") }
        #expect(drawn.ok, "\(drawn.screen)")
        try tmux.keys("C-s")
        #expect(tmux.waitFor { $0.contains("│ saved │") }.ok)
        try tmux.keys("C-q")
        #expect(tmux.waitFor { $0.contains("MLSD-EXIT=0") }.ok)

        let canvas = try SessionStore.load(path: file).session.canvas
        #expect(canvas.boxes.map(\.label) == ["Feature store", "Ranker"])
        #expect(canvas.arrows.count == 1)
        #expect(canvas.arrows.first?.from == canvas.boxes.first?.id)
        #expect(canvas.arrows.first?.to == canvas.boxes.last?.id)
    }
}
