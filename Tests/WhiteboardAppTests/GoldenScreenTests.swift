import Foundation
import Testing
import TermUI
import WhiteboardApp
import WhiteboardCore
import WhiteboardRuntime

/// Whole screens on the in-memory terminal compared exactly with files under Golden/.
/// Re-record with `MLSD_RECORD_GOLDEN=1 swift test --filter GoldenScreenTests`.
@Suite struct GoldenScreenTests {
    static let goldenDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let recording = ProcessInfo.processInfo.environment["MLSD_RECORD_GOLDEN"] == "1"

    func check(_ name: String, _ lines: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = Self.goldenDirectory.appendingPathComponent(name + ".txt")
        let text = lines.joined(separator: "\n") + "\n"
        if Self.recording {
            try FileManager.default.createDirectory(at: Self.goldenDirectory, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let golden = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden \(url.path); record with MLSD_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
            return
        }
        #expect(text == golden, "screen differs from \(name).txt:\n\(text)", sourceLocation: sourceLocation)
    }

    /// The screen the run loop draws for `state`: a `WhiteboardRuntime` started on the in-memory
    /// terminal at the state's size and time, trailing blanks removed.
    static func screen(_ state: AppState) -> [String] {
        let terminal = MemoryTerminal(width: state.width, height: state.height, now: state.now)
        WhiteboardRuntime(state: state, terminal: terminal, effects: MemoryEffectRunner()).start()
        return terminal.lines
    }

    /// A whiteboard with text in two steps, the data step open, 3.5 minutes on the clock.
    static func whiteboard(width: Int, height: Int) throws -> AppState {
        var s = Fixtures.board(width: width, height: height)
        try Fixtures.run("\"We start with an MVP for 10 M daily users; recommendations on the home feed.\" C-n C-n", on: &s)
        try Fixtures.run("\"Labels: clicks and watch time (implicit feedback), plus ratings where we have them.\" Enter \"日本 users: 10%\"", on: &s)
        _ = App.reduce(&s, .saved(Fixtures.epoch))
        for i in 1...210 { _ = App.reduce(&s, .tick(Fixtures.epoch.addingTimeInterval(Double(i)))) }
        return s
    }

    static let sizes = [(80, 24), (120, 40)]

    @Test func startScreen() throws {
        for (w, h) in Self.sizes {
            try check("start-\(w)x\(h)", Self.screen(Fixtures.start(width: w, height: h)))
        }
        var filtered = Fixtures.start()
        try Fixtures.run("f r", on: &filtered)
        try check("start-filtered-80x24", Self.screen(filtered))
    }

    @Test func whiteboardScreen() throws {
        for (w, h) in Self.sizes {
            try check("whiteboard-\(w)x\(h)", Self.screen(try Self.whiteboard(width: w, height: h)))
        }
        var zoomed = try Self.whiteboard(width: 80, height: 24)
        try Fixtures.run("Tab Tab F4", on: &zoomed)   // editor → canvas → rubric, zoomed
        try check("whiteboard-zoomed-rubric-80x24", Self.screen(zoomed))
    }

    @Test func helpOverlay() throws {
        for (w, h) in Self.sizes {
            var s = try Self.whiteboard(width: w, height: h)
            try Fixtures.run("F1", on: &s)
            try check("help-\(w)x\(h)", Self.screen(s))
        }
        var start = Fixtures.start()
        try Fixtures.run("F1", on: &start)
        try check("help-start-80x24", Self.screen(start))
    }

    @Test func quitDialog() throws {
        var s = try Self.whiteboard(width: 80, height: 24)
        try Fixtures.run("x C-q", on: &s)
        try check("quit-80x24", Self.screen(s))
    }

    @Test func tooSmall() throws {
        try check("too-small-30x10", Self.screen(try Self.whiteboard(width: 30, height: 10)))
        try check("too-small-59x24", Self.screen(try Self.whiteboard(width: 59, height: 24)))
    }

    /// Drawing frame after frame through the run loop (the terminal diffs each against the last)
    /// gives the same screen as drawing the last frame whole, and shrinking below the minimum
    /// and growing back recovers the full screen.
    @Test func diffsAndResizesLeaveTheSameScreenAsAFullDraw() throws {
        let initial = try Self.whiteboard(width: 80, height: 24)
        let terminal = MemoryTerminal(width: 80, height: 24, now: initial.now)
        let runtime = WhiteboardRuntime(state: initial, terminal: terminal, effects: MemoryEffectRunner())
        runtime.start()
        for key in try KeySpec.parseScript("\"more 🎉 text\" Home C-p Tab ? <esc> S-Tab S-Tab C-n End BS") {
            terminal.pendingInput.append(.key(key))
            runtime.step()
            #expect(terminal.lastDrawCount < 80 * 24)
        }
        #expect(terminal.lines == Fixtures.screen(runtime.state))
        terminal.resize(width: 30, height: 10)
        runtime.step()
        #expect(terminal.lines.first == "terminal too small: need 60×16")
        terminal.resize(width: 80, height: 24)
        runtime.step()
        #expect(terminal.lines == Fixtures.screen(runtime.state))
        #expect(terminal.lines.first?.hasPrefix("terminal too small") == false)
    }
}
