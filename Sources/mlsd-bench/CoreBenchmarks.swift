import Diagram
import Foundation
import Rubric
import TermUI
import WhiteboardApp
import WhiteboardCore
import WhiteboardStore
import WhiteboardRuntime

/// The in-process benchmarks: scoring, load and save, canvas render and box move, per-key
/// typing cost, and headless startup to the first frame.
struct CoreBenchmarks {
    let library: TemplateLibrary
    let templatesDirectory: String
    let template: ProblemTemplate
    let quick: Bool
    let workDirectory: String

    /// Runs `body` `n` times after `warmup` unmeasured runs.
    func sample(_ name: String, n: Int, warmup: Int = 3, _ body: () throws -> Void) rethrows -> Samples {
        var s = Samples(name)
        for _ in 0..<warmup { try body() }
        for _ in 0..<n { s.add(try measure(body)) }
        return s
    }

    func runs(_ full: Int) -> Int { quick ? Swift.max(5, full / 5) : full }

    func scoring() -> [Samples] {
        let session = Fixtures.session(words: 1500, template: template, catalogue: library.catalogue)
        let words = StepID.allCases.map { session.text(of: $0).split(whereSeparator: \.isWhitespace).count }.reduce(0, +)
        let score = sample("score 1,500-word session (Rubric.score)", n: runs(200)) {
            keep(Rubric.score(session, template: template, catalogue: library.catalogue))
        }
        let compiled = CompiledRubric(template: template, catalogue: library.catalogue)
        let precompiled = sample("  same, rubric compiled once (CompiledRubric)", n: runs(200)) { keep(compiled.score(session)) }
        print("  (session: \(words) words, problem \(template.id))")
        return [score, precompiled]
    }

    func loadAndSave() throws -> [Samples] {
        let base = Fixtures.session(words: 1500, template: template, catalogue: library.catalogue)
        let big = Fixtures.session(bytes: 5 * 1_048_576, base: base)
        let path = workDirectory + "/five-mib.json"
        let bytes = SessionCodec.encode(big).count
        let save = try sample("save 5 MiB session (encode + atomic write)", n: runs(20), warmup: 1) {
            try SessionStore.save(big, to: path)
        }
        let load = try sample("load 5 MiB session (read + parse + check)", n: runs(20), warmup: 1) {
            keep(try SessionStore.load(path: path))
        }
        let encode = sample("  encode only", n: runs(20), warmup: 1) { keep(SessionCodec.encode(big)) }
        print("  (file: \(bytes) bytes, \(big.canvas.boxes.count) boxes)")
        return [save, load, encode]
    }

    func canvas() -> [Samples] {
        let canvas = Fixtures.canvas(boxes: 300, arrows: 600)
        let whole = sample("render whole 300-box/600-arrow diagram", n: runs(50)) {
            keep(DiagramText.render(canvas, style: .single))
        }
        var editor = CanvasEditor(canvas: canvas)
        editor.apply(.setViewSize(width: 118, height: 38))
        editor.apply(.selectNext)
        let view = sample("render canvas pane 118x38 (CanvasEditor)", n: runs(200)) {
            keep(editor.render(width: 118, height: 38, style: .single))
        }
        var moves = Samples("move a box one cell + re-render the pane")
        let directions: [Direction] = [.right, .down, .left, .up]
        for i in 0..<(runs(400) + 8) {
            let d = directions[(i / 2) % 4]
            let t = measure {
                editor.apply(.moveSelected(d))
                keep(editor.render(width: 118, height: 38, style: .single))
            }
            if i >= 8 { moves.add(t) }
        }
        return [whole, view, moves]
    }

    /// Typing into the clarify step of the 1,500-word session through the real run loop
    /// (`WhiteboardRuntime`) on the in-memory terminal: one turn per key, which ticks, handles
    /// the key, renders the frame and draws it (the terminal diffs it against the last one).
    func typing() -> [Samples] {
        let session = Fixtures.session(words: 1500, template: template, catalogue: library.catalogue)
        let start = Date(timeIntervalSince1970: 1_900_000_000)
        var initial = AppState(width: 120, height: 40, now: start, library: library, session: session, path: workDirectory + "/typing.json")
        _ = App.reduce(&initial, .documentEnd)
        _ = App.reduce(&initial, .newline)
        let terminal = MemoryTerminal(width: 120, height: 40, now: start)
        let runtime = WhiteboardRuntime(state: initial, terminal: terminal, effects: MemoryEffectRunner())
        runtime.start()
        var perKey = Samples("type a key: one run-loop turn (tick + key + render + draw)")
        var rescore = Samples("  rescore tick (every 150 ms while typing; the edited step)")
        var cells = Samples("  cells drawn per typed key", unit: "cells")
        var cellsRescored = Samples("  cells drawn, keys with a rescore", unit: "cells")
        var cellsPlain = Samples("  cells drawn, keys without one", unit: "cells")
        let text = Array("the quick brown fox jumps over the lazy dog while we trade recall for latency ")
        for i in 0..<(runs(1000) + 20) {
            let c = text[i % text.count]
            // A fast typist: 12 keys per second, so a rescore falls due every second or third key.
            terminal.advanceClock(by: 1.0 / 12)
            terminal.pendingInput.append(.key(KeyPress.char(c)))
            let scoredBefore = runtime.state.board?.lastScoredAt
            let t = measure { runtime.step() }
            if i >= 20 {
                perKey.add(t)
                let drawn = Double(terminal.lastDrawCount)
                cells.add(drawn)
                if runtime.state.board?.lastScoredAt != scoredBefore { cellsRescored.add(drawn) } else { cellsPlain.add(drawn) }
            }
        }
        let state = runtime.state
        let now = terminal.now
        // The rescoring part alone, as the tick pays it.
        // Each rescore follows a typed letter, so the edited step is analysed again (as on a tick).
        var s = state
        for _ in 0..<runs(100) {
            _ = App.reduce(&s, .insert("x"))
            var b = s.board!
            rescore.add(measure { App.rescore(&b, library: library, now: now) })
            s.board = b
        }
        return [perKey, rescore, cells, cellsRescored, cellsPlain]
    }

    /// Startup without a terminal, as `mlsd open` does it: load the templates (through a warm
    /// template cache), load the session, build the state (scoring it), start the run loop on
    /// the in-memory terminal (which renders and draws the first frame).
    func headlessStartup() throws -> [Samples] {
        let session = Fixtures.session(words: 1500, template: template, catalogue: library.catalogue)
        let path = workDirectory + "/startup.json"
        try SessionStore.save(session, to: path)
        let cache = workDirectory + "/template-cache"
        let s = try sample("headless startup to first frame (1,500 words)", n: runs(30), warmup: 2) {
            let lib = try TemplateLibrary.load(directory: templatesDirectory, cacheDirectory: cache)
            let decoded = try SessionStore.load(path: path)
            let state = AppState(width: 120, height: 40, now: Date(), library: lib, session: decoded.session, path: path)
            let runtime = WhiteboardRuntime(state: state, terminal: MemoryTerminal(width: 120, height: 40, now: Date()), effects: MemoryEffectRunner())
            runtime.start()
            keep(runtime.lastFrame)
        }
        let templates = try sample("  of which: load the templates (cache warm)", n: runs(30), warmup: 2) {
            keep(try TemplateLibrary.load(directory: templatesDirectory, cacheDirectory: cache))
        }
        let yaml = try sample("  templates from the YAML (cache cold)", n: runs(30), warmup: 2) {
            keep(try TemplateLibrary.load(directory: templatesDirectory))
        }
        return [s, templates, yaml]
    }
}
