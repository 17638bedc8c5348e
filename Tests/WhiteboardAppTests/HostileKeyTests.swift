import Foundation
import SeededRandom
import Testing
import TermUI
import WhiteboardApp
import WhiteboardCore
import WhiteboardStore
import WhiteboardRuntime

/// At least 100,000 random keys, pastes, mouse events, resizes and clock ticks through the
/// app's keymaps and reducer, each frame drawn on the in-memory terminal. After every event
/// the state must keep its invariants (cursor inside the text, text and session agree, canvas
/// rules, focus on a visible pane, scrolls in range) and the terminal must show exactly the
/// rendered frame; every few hundred events and at the end the session must round-trip
/// through the JSON codec.
///
/// The events come in scripts of 2,000 from fresh states (the whiteboard, or the Start screen).
/// A failure prints the seed, the script and the shortest failing event list found by deleting
/// events. Replay: `MLSD_HOSTILE_KEYS_SEED=<seed>` (or `random`), `MLSD_HOSTILE_KEYS_SCRIPT=<n>`.
@Suite struct HostileKeyTests {
    static let defaultSeed: UInt64 = 0x6B65_7973_0007_0001
    static let scripts = 50
    static let eventsPerScript = 2_000

    @Test func hundredThousandRandomEventsKeepTheInvariants() async {
        let env = ProcessInfo.processInfo.environment
        let seed = HostileKeySeed.seed(env["MLSD_HOSTILE_KEYS_SEED"], fallback: Self.defaultSeed)
        let only = env["MLSD_HOSTILE_KEYS_SCRIPT"].flatMap(Int.init)
        print("hostile keys: seed 0x\(String(seed, radix: 16)), \(Self.scripts) scripts of \(Self.eventsPerScript) events")
        // Scripts are independent: run them on every core.
        let results = await withTaskGroup(of: ScriptResult.self) { group in
            for script in 0..<Self.scripts where only == nil || only == script {
                group.addTask { Self.runScript(script, seed: seed) }
            }
            var all: [ScriptResult] = []
            for await r in group { all.append(r) }
            return all.sorted { $0.script < $1.script }
        }
        var kinds: [String: Int] = [:]
        for r in results { for (k, v) in r.kinds { kinds[k, default: 0] += v } }
        let total = results.reduce(0) { $0 + $1.events }
        if let slowest = results.max(by: { $0.seconds < $1.seconds }) {
            print("hostile keys: slowest script \(slowest.script) took \(String(format: "%.1f", slowest.seconds)) s")
        }
        if let failed = results.first(where: { $0.report != nil }) {
            Issue.record("""
                hostile keys failed: seed 0x\(String(seed, radix: 16)) script \(failed.script): \(failed.report!)
                replay: MLSD_HOSTILE_KEYS_SEED=0x\(String(seed, radix: 16)) MLSD_HOSTILE_KEYS_SCRIPT=\(failed.script)
                """)
            return
        }
        print("hostile keys: \(total) events passed (\(kinds.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")))")
        if only == nil { #expect(total >= 100_000) }
    }

    /// The shortest script the hostile run found for a wide-grapheme bug (since fixed: borders
    /// over half of a wide character left a broken cell): Japanese text, then the help overlay's
    /// border over it.
    @Test func helpBorderOverAWideCharacterKeepsTheFrameConsistent() {
        var state = Fixtures.board(width: 120, height: 40, [.clarify: "Start text\nsecond line"])
        let events: [InputEvent] = [.mouse(MouseEvent(.press, x: 35, y: 22)), .resize(width: 200, height: 60),
                                    .key(KeyPress(.tab)), .key(KeyPress(.tab)), .paste("日本語のテキスト 😀👩‍💻"), .key(KeyPress(.function(1)))]
        for e in events { _ = App.handle(e, state: &state) }
        let frame = AppView.render(state)
        #expect(FrameCheck.brokenWideGrapheme(in: frame) == nil)
    }

    struct ScriptResult: Sendable {
        var script: Int
        var events: Int
        var kinds: [String: Int]
        var seconds: Double
        /// The failure with the shortest failing event list, if the script failed.
        var report: String?
    }

    static func runScript(_ script: Int, seed: UInt64) -> ScriptResult {
        let started = Date()
        var rng = EventRandom(seed: seed &+ UInt64(script) &* 0x9E37_79B9)
        let startOnStartScreen = script % 5 == 4
        let events = (0..<Self.eventsPerScript).map { _ in HostileEvent.random(&rng) }
        var kinds: [String: Int] = [:]
        for e in events { kinds[e.kind, default: 0] += 1 }
        var report: String?
        if let failure = HostileRun.run(events, startOnStartScreen: startOnStartScreen) {
            let shortest = HostileRun.shrink(Array(events.prefix(failure.index + 1)), startOnStartScreen: startOnStartScreen)
            let again = HostileRun.run(shortest, startOnStartScreen: startOnStartScreen)
            report = """
                event \(failure.index): \(failure.message)
                shortest failing script found (\(shortest.count) events, from the \(startOnStartScreen ? "Start screen" : "whiteboard"), fails with: \(again?.message ?? "?")):
                \(shortest.map { "  \($0)" }.joined(separator: "\n"))
                """
        }
        return ScriptResult(script: script, events: events.count, kinds: kinds, seconds: Date().timeIntervalSince(started), report: report)
    }
}

/// One scripted event: an input event or a clock tick.
enum HostileEvent: CustomStringConvertible {
    case input(InputEvent)
    case tick(seconds: Double)

    var kind: String {
        switch self {
        case .input(.key): "keys"
        case .input(.paste): "pastes"
        case .input(.mouse): "mouse"
        case .input(.resize): "resizes"
        case .tick: "ticks"
        }
    }

    var description: String {
        switch self {
        case .input(.key(let k)): "key \(k)"
        case .input(.paste(let s)): "paste \(String(s.prefix(60)).debugDescription)\(s.count > 60 ? "… (\(s.count) chars)" : "")"
        case .input(.mouse(let m)): "mouse \(m.kind) at \(m.x),\(m.y)"
        case .input(.resize(let w, let h)): "resize \(w)x\(h)"
        case .tick(let s): "tick +\(s)s"
        }
    }

    static let characters: [Character] = Array("abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789.,;:!?-_/\\'\"()[]{}<>@#$%^&*+=~`|")
        + ["é", "ß", "日", "本", "語", "한", "😀", "👩‍💻", "🇫🇷", "e\u{301}", "\u{200D}", "\u{202E}", "\u{FEFF}", "\t", "\u{1B}", "\u{7}", "\u{0}", "\u{85}", "\r\n"]
    static let pastes: [String] = [
        "", "hello", "line one\nline two\n", "\r\n\r\n", "tab\tseparated\tcells", "\u{1B}]0;pwned\u{7}\u{1B}[2J",
        "日本語のテキスト 😀👩‍💻", "e\u{301}\u{301}\u{301}", String(repeating: "wide 日本 ", count: 20),
        String(repeating: "x", count: 1000), String(repeating: "\n", count: 80), "\u{0}\u{1}\u{2}\u{7F}\u{9B}",
    ]
    static let namedKeys: [Key] = [.enter, .tab, .backspace, .delete, .escape, .insert, .up, .down, .left, .right,
                                   .home, .end, .pageUp, .pageDown, .function(1), .function(2), .function(3), .function(4), .function(5), .function(12)]
    static let sizes: [(Int, Int)] = [(0, 0), (1, 1), (20, 6), (59, 15), (60, 16), (80, 24), (120, 40), (200, 60), (-3, -3), (61, 17), (400, 120)]

    static func random(_ rng: inout EventRandom) -> HostileEvent {
        let roll = Int.random(in: 0..<1000, using: &rng)
        switch roll {
        case 0..<520:
            return .input(.key(KeyPress(.char(characters.randomElement(using: &rng)!))))
        case 520..<720:
            var mods: Modifiers = []
            if Bool.random(using: &rng) { mods.insert(.ctrl) }
            if Int.random(in: 0..<3, using: &rng) == 0 { mods.insert(.alt) }
            if Int.random(in: 0..<4, using: &rng) == 0 { mods.insert(.shift) }
            let key: Key = Bool.random(using: &rng) ? namedKeys.randomElement(using: &rng)! : .char(Array("abcdefghijklmnopqrstuvwxyz1234567<>_?").randomElement(using: &rng)!)
            return .input(.key(KeyPress(key, mods)))
        case 720..<800:
            return .input(.key(KeyPress(namedKeys.randomElement(using: &rng)!)))
        case 800..<830:
            return .input(.paste(pastes.randomElement(using: &rng)!))
        case 830..<930:
            let kinds: [MouseEvent.Kind] = [.press, .release, .drag, .wheelUp, .wheelDown]
            return .input(.mouse(MouseEvent(kinds.randomElement(using: &rng)!, x: Int.random(in: -3...210, using: &rng), y: Int.random(in: -3...70, using: &rng))))
        case 930..<960:
            let (w, h) = Bool.random(using: &rng) ? sizes.randomElement(using: &rng)! : (Int.random(in: 1...220, using: &rng), Int.random(in: 1...70, using: &rng))
            return .input(.resize(width: w, height: h))
        default:
            let choices: [Double] = [0.05, 0.2, 1, 3.5, 65, -10]
            return .tick(seconds: choices.randomElement(using: &rng)!)
        }
    }
}

/// Runs event lists through the real run loop (`WhiteboardRuntime` on the in-memory terminal,
/// with files and the editor faked by `MemoryEffectRunner`) and checks the invariants.
enum HostileRun {
    struct Failure { var index: Int; var message: String }
    /// At most this many events are queued before a run-loop turn handles them as one batch
    /// (see `run`).
    static let drawEvery = Int(ProcessInfo.processInfo.environment["MLSD_HOSTILE_KEYS_DRAW_EVERY"] ?? "") ?? 16

    /// The index of the first event after whose turn an invariant broke, or nil.
    ///
    /// Input events are queued on the terminal and a clock tick moves its fake clock; a turn of
    /// the loop (drain the queue, tick once, handle the batch, draw one frame) runs after every
    /// resize and tick, after `drawEvery` queued events and at the end. Rendering each event
    /// would cost most of the time in a debug build.
    static func run(_ events: [HostileEvent], startOnStartScreen: Bool) -> Failure? {
        let state = startOnStartScreen ? Fixtures.start(width: 120, height: 40) : Fixtures.board(width: 120, height: 40, [.clarify: "Start text\nsecond line"])
        let terminal = MemoryTerminal(width: state.width, height: state.height, now: Fixtures.epoch)
        let files = MemoryEffectRunner()
        files.editor = { _, text in text + "\nedited" }
        let runtime = WhiteboardRuntime(state: state, terminal: terminal, effects: files)
        runtime.start()
        var queued = 0
        var lastTurnAt = -1
        for (i, event) in events.enumerated() {
            var endsBatch = i == events.count - 1
            switch event {
            case .input(.resize(let w, let h)):
                terminal.resize(width: w, height: h)
                endsBatch = true
            case .input(let e):
                terminal.pendingInput.append(e)
                queued += 1
            case .tick(let s):
                terminal.advanceClock(by: s)
                endsBatch = true
            }
            guard endsBatch || queued >= drawEvery else { continue }
            queued = 0
            runtime.step()
            if runtime.exitRequested {
                // Keep exploring after a quit: the events after it in the batch were dropped,
                // as a quitting app drops them; a turn without input draws the frame.
                runtime.continueAfterQuit()
                runtime.step()
            }
            let deep = (lastTurnAt + 1...i).contains { $0 % 250 == 0 } || i == events.count - 1
            lastTurnAt = i
            if let failure = checkFrame(runtime, terminal, index: i) { return failure }
            if let problem = Invariants.check(runtime.state, deep: deep, allSteps: true) {
                return Failure(index: i, message: problem)
            }
        }
        return nil
    }

    /// The frame the loop drew last must fit the state, keep wide graphemes whole and be
    /// exactly what the terminal shows; the cursor must be on screen.
    static func checkFrame(_ runtime: WhiteboardRuntime<MemoryTerminal>, _ terminal: MemoryTerminal, index i: Int) -> Failure? {
        let state = runtime.state
        guard let frame = runtime.lastFrame else { return Failure(index: i, message: "the run loop drew no frame") }
        if frame.width != max(0, state.width) || frame.height != max(0, state.height) {
            return Failure(index: i, message: "frame is \(frame.width)x\(frame.height) for a \(state.width)x\(state.height) state")
        }
        if let cell = FrameCheck.brokenWideGrapheme(in: frame) {
            return Failure(index: i, message: "frame has half of a wide character at \(cell.x),\(cell.y)")
        }
        if terminal.size.width == frame.width && terminal.size.height == frame.height && terminal.screen.cells != frame.cells {
            let k = frame.cells.indices.first { terminal.screen.cells[$0] != frame.cells[$0] }!
            let (x, y) = (k % frame.width, k / frame.width)
            func show(_ b: Buffer?, _ dx: Int) -> String { b.map { c in let cell = c[x + dx, y]; return cell.isContinuation ? "(cont)" : cell.grapheme.debugDescription } ?? "-" }
            return Failure(index: i, message: "the terminal does not show the rendered frame at \(x),\(y): terminal \(show(terminal.screen, -1)) \(show(terminal.screen, 0)) \(show(terminal.screen, 1)), frame \(show(frame, -1)) \(show(frame, 0)) \(show(frame, 1))")
        }
        if let c = frame.cursor, c.x < 0 || c.y < 0 || c.x >= frame.width || c.y >= frame.height {
            return Failure(index: i, message: "cursor \(c) outside the \(frame.width)x\(frame.height) screen")
        }
        return nil
    }

    /// The shortest event list that still fails, found by deleting chunks (ddmin-style).
    static func shrink(_ events: [HostileEvent], startOnStartScreen: Bool) -> [HostileEvent] {
        var current = events
        var chunk = max(1, current.count / 2)
        var attempts = 0
        let deadline = Date().addingTimeInterval(10)  // shrinking is best effort, bounded in time
        while chunk >= 1 && Date() < deadline {
            var removedAny = false
            var start = 0
            while start < current.count && Date() < deadline {
                var candidate = current
                candidate.removeSubrange(start..<min(current.count, start + chunk))
                attempts += 1
                if !candidate.isEmpty, run(candidate, startOnStartScreen: startOnStartScreen) != nil {
                    current = candidate
                    removedAny = true
                } else {
                    start += chunk
                }
            }
            if !removedAny { chunk /= 2 }
        }
        return current
    }
}

/// The rules the app state must keep after every event.
enum Invariants {
    /// `allSteps` checks every step's document (else only the current one, which is the only
    /// one most events can change); `deep` adds the JSON round trip.
    static func check(_ state: AppState, deep: Bool, allSteps: Bool) -> String? {
        if state.width < 0 || state.height < 0 { return "negative size \(state.width)x\(state.height)" }
        if case .help(let scroll) = state.overlay, scroll < 0 { return "help scrolled to \(scroll)" }
        if state.start.selectedProblem < 0 || state.start.selectedRecent < 0 { return "negative selection on the Start screen" }
        if !state.filteredProblems.isEmpty && state.start.selectedProblem >= state.filteredProblems.count {
            return "Start selection \(state.start.selectedProblem) past \(state.filteredProblems.count) problems"
        }
        guard state.screen == .whiteboard else { return nil }
        guard let b = state.board else { return "whiteboard screen without a board" }
        for step in allSteps ? StepID.allCases : [b.step] {
            guard let doc = b.documents[step] else { return "no document for \(step)" }
            let (line, column) = doc.cursor
            if doc.lines.isEmpty { return "\(step): document has no lines" }
            if line < 0 || line >= doc.lines.count { return "\(step): cursor line \(line) outside \(doc.lines.count) lines" }
            if column < 0 || column > doc.lines[line].count { return "\(step): cursor column \(column) outside a line of \(doc.lines[line].count)" }
            if doc.text != b.session.text(of: step) { return "\(step): the editor's text and the session's differ" }
        }
        if b.rubricScroll < 0 || b.editorScroll.values.contains(where: { $0 < 0 }) {
            return "negative scroll (rubric \(b.rubricScroll), editor \(b.editorScroll))"
        }
        if b.canvasEditor.canvas != b.session.canvas { return "the canvas editor's canvas and the session's differ" }
        if let id = b.canvasEditor.selectedBoxID, b.session.canvas.box(id: id) == nil { return "canvas selection \(id) is not a box" }
        if b.pendingSeconds < 0 || b.session.steps.values.contains(where: { $0.secondsSpent < 0 }) { return "negative time on a step" }
        if !state.isTooSmall {
            let layout = WhiteboardLayout(width: state.width, height: state.height, focus: b.focus, zoomed: b.zoomed)
            let r = layout.rect(of: b.focus)
            if r.width <= 0 || r.height <= 0 { return "focus on \(b.focus), which is not visible (\(r))" }
        }
        let canvas = b.session.canvas
        let limit = SessionCodec.maxCoordinate
        for box in canvas.boxes {
            if box.x < -limit || box.y < -limit || box.x + box.width > limit || box.y + box.height > limit || box.width < 2 || box.height < 2 {
                return "box \(box.id) outside the canvas bounds: \(box.x),\(box.y) \(box.width)x\(box.height)"
            }
        }
        var copy = canvas
        do {
            let repairs = try CanvasInvariants.check(&copy)
            if !repairs.isEmpty { return "canvas needs repairs: \(repairs)" }
        } catch {
            return "canvas breaks an invariant: \(error)"
        }
        if deep {
            do {
                // The file keeps whole seconds (the reducer stamps updatedAt with sub-second
                // clock times), so compare with the dates floored; the file form itself must be
                // a fixed point.
                let bytes = SessionCodec.encode(b.session)
                let decoded = try SessionCodec.decode(bytes)
                var expected = b.session
                expected.createdAt = Date(timeIntervalSince1970: expected.createdAt.timeIntervalSince1970.rounded(.down))
                expected.updatedAt = Date(timeIntervalSince1970: expected.updatedAt.timeIntervalSince1970.rounded(.down))
                if decoded.session != expected {
                    let d = decoded.session
                    let steps = StepID.allCases.filter { d.steps[$0] != expected.steps[$0] }.map { s in
                        "\(s) \(expected.text(of: s).debugDescription.suffix(80)) became \(d.text(of: s).debugDescription.suffix(80)) (seconds \(expected.steps[s]?.secondsSpent ?? -1) -> \(d.steps[s]?.secondsSpent ?? -1))"
                    }
                    let other = [d.updatedAt != expected.updatedAt ? "updatedAt" : nil, d.createdAt != expected.createdAt ? "createdAt" : nil,
                                 d.canvas != expected.canvas ? "canvas" : nil, d.title != expected.title ? "title" : nil].compactMap { $0 }
                    return "the session changed in a JSON round trip: \((steps + other).joined(separator: "; "))"
                }
                if SessionCodec.encode(decoded.session) != bytes { return "the saved form changed on a second save" }
            } catch {
                return "the session does not round-trip through JSON: \(error)"
            }
        }
        return nil
    }
}

typealias EventRandom = SplitMix64

enum HostileKeySeed {
    static func seed(_ text: String?, fallback: UInt64) -> UInt64 {
        guard let text, !text.isEmpty else { return fallback }
        if text == "random" { return UInt64.random(in: 0...UInt64.max) }
        if text.hasPrefix("0x"), let v = UInt64(text.dropFirst(2), radix: 16) { return v }
        return UInt64(text) ?? fallback
    }
}

/// Counts of events that met a known bug of code this test does not own, per run.
/// Checks on a rendered frame.
enum FrameCheck {
    /// The first cell holding half of a wide grapheme: a wide cell not followed by its
    /// continuation, or a continuation not preceded by a wide cell (no terminal can show either).
    static func brokenWideGrapheme(in frame: Buffer) -> (x: Int, y: Int)? {
        for y in 0..<frame.height {
            for x in 0..<frame.width {
                let cell = frame[x, y]
                if cell.width == 2 && (x + 1 >= frame.width || !frame[x + 1, y].isContinuation) { return (x, y) }
                if cell.isContinuation && (x == 0 || frame[x - 1, y].width != 2) { return (x, y) }  // orphan right half
            }
        }
        return nil
    }
}
