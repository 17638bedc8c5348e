import Foundation
import Testing
import WhiteboardCore
import WhiteboardStore
#if canImport(Glibc)
import Glibc
#endif

/// The real `mlsd` binary on a real pty: however it ends, the terminal is given back (main
/// screen, cursor shown, mouse reporting and bracketed paste off, termios as before); text
/// from a session file never drives the terminal; tiny and changing sizes neither crash it
/// nor leave it broken. Skipped with a printed reason when `mlsd` is not built.
@Suite(.serialized) struct TerminalSafetyTests {
    static let marker = "SAFETYMARKER"
    static var available: Bool { BuiltProducts.missingReason("mlsd") == nil }

    /// A session file in a fresh folder, with `text` as the first step's answer.
    static func sessionFile(text: String) throws -> (dir: String, path: String) {
        var template = Array((NSTemporaryDirectory() + "/mlsd-term-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
        let dir = String(cString: made)
        var s = Session(id: "term", problem: "video-recommendation", title: "Terminal safety", createdAt: Date(timeIntervalSince1970: 1_800_000_000))
        s.setText(text, for: .clarify)
        let path = dir + "/session.json"
        try SessionStore.save(s, to: path)
        return (dir, path)
    }

    static func start(_ path: String, dir: String, width: Int = 100, height: Int = 30) throws -> PtyProcess {
        let mlsd = try #require(BuiltProducts.path("mlsd"))
        let env = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "HOME": dir, "PATH": "/usr/bin:/bin",
                   "MLSD_SESSIONS_DIR": dir, "MLSD_TEMPLATES_DIR": packageRoot + "/templates"]
        return try PtyProcess(mlsd, ["open", path], environment: env, width: width, height: height, keepOutput: true)
    }

    /// The package folder (three levels above this file).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// The termios a fresh pty starts with, to compare a given-back terminal against.
    static func freshTermios() -> termios {
        var master: Int32 = -1, slave: Int32 = -1
        var t = termios()
        if openpty(&master, &slave, nil, nil, nil) == 0 {
            tcgetattr(slave, &t)
            close(master); close(slave)
        }
        return t
    }

    enum Ending: String, CaseIterable, CustomStringConvertible {
        case sigterm, sigint, sighup, ctrlQ, crashSEGV, crashABRT
        var description: String { rawValue }
    }

    @Test(.enabled(if: available, "mlsd is not built"), arguments: Ending.allCases)
    func terminalIsRestoredAfter(_ ending: Ending) throws {
        let (dir, path) = try Self.sessionFile(text: Self.marker + "\nsome answer text")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let proc = try Self.start(path, dir: dir)
        #expect(proc.waitFor(timeout: 20) { $0.contains(Self.marker) }, "no first frame; screen:\n\(proc.screen.text)")
        proc.waitQuiet(0.2)
        // The app must have taken the terminal: alternate screen and mouse reporting on.
        #expect(proc.screen.alternateScreen)
        #expect(!proc.screen.mouseModes.isEmpty)
        switch ending {
        case .sigterm: proc.signal(SIGTERM)
        case .sigint: proc.signal(SIGINT)
        case .sighup: proc.signal(SIGHUP)
        case .ctrlQ: proc.send([0x11])
        // A crash: the same handler runs for a fault raised inside the process.
        case .crashSEGV: proc.signal(SIGSEGV)
        case .crashABRT: proc.signal(SIGABRT)
        }
        let status = try #require(proc.wait(timeout: 10), "mlsd did not end after \(ending)")
        switch ending {
        case .crashSEGV: #expect(PtyProcess.termSignal(status) == SIGSEGV, "status \(status)")
        case .crashABRT: #expect(PtyProcess.termSignal(status) == SIGABRT, "status \(status)")
        default: #expect(PtyProcess.exitCode(status) == 0, "status \(status)")
        }
        let s = proc.screen
        #expect(!s.alternateScreen, "still on the alternate screen after \(ending)")
        #expect(s.cursorVisible, "cursor hidden after \(ending)")
        #expect(s.mouseModes.isEmpty, "mouse reporting still on after \(ending): \(s.mouseModes)")
        #expect(!s.bracketedPaste, "bracketed paste still on after \(ending)")
        // The same, read from the last bytes written for each mode.
        let out = proc.output
        for (on, off) in [("\u{1B}[?1049h", "\u{1B}[?1049l"), ("\u{1B}[?25l", "\u{1B}[?25h"), ("\u{1B}[?2004h", "\u{1B}[?2004l")] {
            if let lastOn = Self.lastIndex(of: on, in: out) {
                let lastOff = Self.lastIndex(of: off, in: out) ?? -1
                #expect(lastOff > lastOn, "after \(ending) the last \(on.debugDescription) was not undone by \(off.debugDescription)")
            }
        }
        let now = proc.termios()
        let fresh = Self.freshTermios()
        #expect(now.c_lflag == fresh.c_lflag && now.c_iflag == fresh.c_iflag && now.c_oflag == fresh.c_oflag,
                "termios not restored after \(ending): lflag \(String(now.c_lflag, radix: 8)) vs \(String(fresh.c_lflag, radix: 8)), iflag \(String(now.c_iflag, radix: 8)) vs \(String(fresh.c_iflag, radix: 8))")
        // The session file is still whole.
        #expect(throws: Never.self) { try SessionStore.load(path: path) }
    }

    @Test(.enabled(if: available, "mlsd is not built"))
    func escapeSequencesInASessionAreShownInert() throws {
        let hostile = [
            "\u{1B}]0;PWNEDTITLE\u{07}", "\u{1B}[2JCLEARED", "\u{1B}[31mREDTEXT", "\u{9B}2JCSIONE",
            "\u{1B}P+qDCSTEXT\u{1B}\\", "\u{1B}[?1049lLEAVEALT", "\u{1B}]52;c;Y2xpcGJvYXJk\u{07}",
        ]
        let (dir, path) = try Self.sessionFile(text: Self.marker + "\n" + hostile.joined(separator: "\n"))
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let proc = try Self.start(path, dir: dir, width: 120, height: 40)
        #expect(proc.waitFor(timeout: 20) { $0.contains(Self.marker) }, "no first frame; screen:\n\(proc.screen.text)")
        proc.waitQuiet(0.3)
        let out = proc.output
        // None of the file's escape sequences reached the pty raw.
        for raw in ["\u{1B}]0;PWNED", "\u{1B}[2JCLEARED", "\u{1B}[31mREDTEXT", "\u{9B}", "\u{1B}P+q", "\u{1B}[?1049lLEAVEALT", "\u{1B}]52;"] {
            #expect(Self.lastIndex(of: raw, in: out) == nil, "the raw sequence \(raw.debugDescription) reached the terminal")
        }
        #expect(!proc.screen.titles.contains { $0.contains("PWNED") }, "the window title was changed: \(proc.screen.titles)")
        #expect(proc.screen.alternateScreen, "a sequence in the file left the alternate screen")
        // And they are visible as text instead.
        let screen = proc.screen.text
        for word in ["PWNEDTITLE", "CLEARED", "REDTEXT", "LEAVEALT"] {
            #expect(screen.contains(word), "\(word) is not shown on screen")
        }
        #expect(screen.contains("^["), "escape characters are not shown visibly")
        proc.send([0x11])
        _ = proc.wait(timeout: 10)
    }

    @Test(.enabled(if: available, "mlsd is not built"))
    func tinyAndChangingTerminalsRecover() throws {
        let (dir, path) = try Self.sessionFile(text: Self.marker + "\nanswer")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // Starting tiny: a clear message, no crash.
        let proc = try Self.start(path, dir: dir, width: 20, height: 6)
        #expect(proc.waitFor(timeout: 20) { $0.text.contains("too small") }, "no 'too small' message at 20x6; screen:\n\(proc.screen.text)")
        proc.resize(width: 1, height: 1)
        proc.waitQuiet(0.3)
        #expect(!proc.hasExited(), "mlsd ended at 1x1")
        // A resize storm.
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<150 {
            proc.resize(width: Int.random(in: 1...200, using: &rng), height: Int.random(in: 1...60, using: &rng))
            proc.pump(timeout: 0.002)
        }
        proc.resize(width: 20, height: 6)
        proc.waitQuiet(0.3)
        #expect(!proc.hasExited(), "mlsd ended during the resize storm")
        // The emulator's screen after many resizes may hold stale cells; a final full-size frame must
        // repaint everything.
        proc.resize(width: 120, height: 40)
        #expect(proc.waitFor(timeout: 10) { $0.contains(Self.marker) && !$0.text.contains("too small") },
                "no full recovery at 120x40; screen:\n\(proc.screen.text)")
        proc.waitQuiet(0.3)
        #expect(!proc.screen.text.contains("too small"))
        #expect(!proc.hasExited())
        proc.send([0x11])
        let status = proc.wait(timeout: 10)
        #expect(status.flatMap(PtyProcess.exitCode) == 0, "status \(String(describing: status))")
    }

    static func lastIndex(of needle: String, in haystack: [UInt8]) -> Int? {
        let n = Array(needle.utf8)
        guard !n.isEmpty, haystack.count >= n.count else { return nil }
        var i = haystack.count - n.count
        while i >= 0 {
            if haystack[i] == n[0] && Array(haystack[i..<i + n.count]) == n { return i }
            i -= 1
        }
        return nil
    }
}
