import Foundation
import Testing
import WhiteboardCore
import WhiteboardStore

extension Tmux {
    /// Sends raw bytes to the pane in one write (`send-keys -H`), as a terminal would.
    func sendBytes(_ bytes: [UInt8]) throws {
        try run(["send-keys", "-t", "e2e", "-H"] + bytes.map { String(format: "%02x", $0) })
    }
}

/// Keys as terminals really send them, through the real binary in tmux (issue 13): the Home/End
/// variants, Escape followed at once by a key, and a paste without bracketed paste.
@Suite(.serialized) struct KeyInputEndToEndTests {
    @Test func homeAndEndInEveryVariantUnderTmuxWithXtermTerm() throws {
        guard let (fx, mlsd) = try EndToEndFixture.prepare() else { return }
        defer { fx.remove() }
        let file = try fx.newSession(named: "home-end.json")
        let tmux = Tmux(name: "homeend")
        defer { tmux.close() }
        try tmux.start(fx.command(mlsd, "open '\(file)'"), environment: ["TERM": "xterm-256color"])
        #expect(tmux.waitFor { $0.contains("1. Clarifying requirements") }.ok)
        try tmux.type("mid")
        #expect(tmux.waitFor { $0.contains("mid") }.ok)
        let home: [[UInt8]] = [[0x1b, 0x5b, 0x31, 0x7e], [0x1b, 0x5b, 0x37, 0x7e], [0x1b, 0x5b, 0x48], [0x1b, 0x4f, 0x48]]
        let end: [[UInt8]] = [[0x1b, 0x5b, 0x34, 0x7e], [0x1b, 0x5b, 0x38, 0x7e], [0x1b, 0x5b, 0x46], [0x1b, 0x4f, 0x46]]
        var expected = "mid"
        for i in 0..<4 {
            try tmux.sendBytes(home[i])
            try tmux.type("(")
            expected = "(" + expected
            let atHome = tmux.waitFor(timeout: 5) { $0.contains(expected) }
            #expect(atHome.ok, "Home variant \(i) not decoded: \(atHome.screen)")
            try tmux.sendBytes(end[i])
            try tmux.type(")")
            expected += ")"
            let atEnd = tmux.waitFor(timeout: 5) { $0.contains(expected) }
            #expect(atEnd.ok, "End variant \(i) not decoded: \(atEnd.screen)")
        }
        try tmux.keys("C-s")
        #expect(tmux.waitFor { $0.contains("│ saved │") }.ok)
        #expect(fx.text(of: file, step: .clarify) == "((((mid))))")
        try tmux.keys("C-q")
        #expect(tmux.waitFor { $0.contains("MLSD-EXIT=0") }.ok)
    }

    @Test func escapeFollowedAtOnceByAKeyIsEscapeThenTheKey() throws {
        guard let (fx, mlsd) = try EndToEndFixture.prepare() else { return }
        defer { fx.remove() }
        let file = try fx.newSession(named: "esc.json")
        let tmux = Tmux(name: "esc")
        defer { tmux.close() }
        try tmux.start(fx.command(mlsd, "open '\(file)'"))
        #expect(tmux.waitFor { $0.contains("1. Clarifying requirements") }.ok)
        // ESC and j in one write: Esc leaves the editor for the step list, j goes to step 2.
        try tmux.sendBytes([0x1b, 0x6a])
        let moved = tmux.waitFor(timeout: 5) { $0.contains("2. Framing as an ML task") }
        #expect(moved.ok, "Esc j read as Alt+j: \(moved.screen)")
        try tmux.keys("C-q")
        #expect(tmux.waitFor { $0.contains("MLSD-EXIT=0") }.ok)
    }

    @Test func aPasteWithoutBracketedPasteIsInsertedAsText() throws {
        guard let (fx, mlsd) = try EndToEndFixture.prepare() else { return }
        defer { fx.remove() }
        let file = try fx.newSession(named: "paste.json")
        let tmux = Tmux(name: "paste")
        defer { tmux.close() }
        try tmux.start(fx.command(mlsd, "open '\(file)'"))
        #expect(tmux.waitFor { $0.contains("1. Clarifying requirements") }.ok)
        // tmux's send-keys never brackets: the bytes arrive as typed, in one burst. The tab
        // would switch panes and "n", "x" would run as canvas commands if read as keys.
        try tmux.type("first line\r\nsecond\tnext x\r\nthird")
        let pasted = tmux.waitFor(timeout: 5) { $0.contains("third") }
        #expect(pasted.ok, "\(pasted.screen)")
        try tmux.keys("C-s")
        #expect(tmux.waitFor { $0.contains("│ saved │") }.ok)
        #expect(fx.text(of: file, step: .clarify) == "first line\nsecond    next x\nthird")
        let session = try SessionStore.load(path: file).session
        #expect(session.canvas.boxes.isEmpty)
        try tmux.keys("C-q")
        #expect(tmux.waitFor { $0.contains("MLSD-EXIT=0") }.ok)
    }
}
