import Diagram
import Foundation
import Rubric
import TermUI
import WhiteboardApp
import WhiteboardCore

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

    /// Typing into the clarify step of the 1,500-word session, as the run loop does it:
    /// handle the key, tick, render the frame, diff it, draw it on the in-memory terminal.
    func typing() -> [Samples] {
        let session = Fixtures.session(words: 1500, template: template, catalogue: library.catalogue)
        let start = Date(timeIntervalSince1970: 1_900_000_000)
        var state = AppState(width: 120, height: 40, now: start, library: library, session: session, path: workDirectory + "/typing.json")
        _ = App.reduce(&state, .documentEnd)
        _ = App.reduce(&state, .newline)
        let terminal = MemoryTerminal(width: 120, height: 40)
        var previous: Buffer? = nil
        func frame() {
            let f = AppView.render(state)
            terminal.draw(f.diff(from: previous), cursor: f.cursor)
            previous = f
        }
        frame()
        var perKey = Samples("type a key: handle + tick + render + diff + draw")
        var rescore = Samples("  rescore tick (every 150 ms while typing)")
        var cells = Samples("  cells drawn per typed key", unit: "cells")
        var cellsRescored = Samples("  cells drawn, keys with a rescore", unit: "cells")
        var cellsPlain = Samples("  cells drawn, keys without one", unit: "cells")
        let text = Array("the quick brown fox jumps over the lazy dog while we trade recall for latency ")
        var now = start
        for i in 0..<(runs(1000) + 20) {
            let c = text[i % text.count]
            // A fast typist: 12 keys per second, so a rescore falls due every second or third key.
            now = now.addingTimeInterval(1.0 / 12)
            let scoredBefore = state.board?.lastScoredAt
            let t = measure {
                _ = App.handle(.key(KeyPress.char(c)), state: &state)
                _ = App.reduce(&state, .tick(now))
                frame()
            }
            if i >= 20 {
                perKey.add(t)
                let drawn = Double(terminal.lastDrawCount)
                cells.add(drawn)
                if state.board?.lastScoredAt != scoredBefore { cellsRescored.add(drawn) } else { cellsPlain.add(drawn) }
            }
        }
        // The rescoring part alone, as the tick pays it.
        var b = state.board!
        for _ in 0..<runs(100) { rescore.add(measure { App.rescore(&b, library: library, now: now) }) }
        return [perKey, rescore, cells, cellsRescored, cellsPlain]
    }

    /// Startup without a terminal, as `mlsd open` does it: load the templates (through a warm
    /// template cache), load the session, build the state (scoring it), render the first frame
    /// and diff it against nothing.
    func headlessStartup() throws -> [Samples] {
        let session = Fixtures.session(words: 1500, template: template, catalogue: library.catalogue)
        let path = workDirectory + "/startup.json"
        try SessionStore.save(session, to: path)
        let cache = workDirectory + "/template-cache"
        let s = try sample("headless startup to first frame (1,500 words)", n: runs(30), warmup: 2) {
            let lib = try TemplateLibrary.load(directory: templatesDirectory, cacheDirectory: cache)
            let decoded = try SessionStore.load(path: path)
            let state = AppState(width: 120, height: 40, now: Date(), library: lib, session: decoded.session, path: path)
            let frame = AppView.render(state)
            keep(frame.diff(from: nil))
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
