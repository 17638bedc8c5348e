import Foundation
import Testing
import WhiteboardCore
import WhiteboardStore

/// The real `mlsd` binary in a real terminal (tmux). Skipped, with the reason printed, only
/// when tmux is not installed.
@Suite(.serialized) struct WhiteboardEndToEndTests {

    func prepare() throws -> (EndToEndFixture, String)? { try EndToEndFixture.prepare() }

    @Test func typeInTwoStepsSaveQuitReopenAndResize() throws {
        guard let (fx, mlsd) = try prepare() else { return }
        defer { fx.remove() }
        let file = try fx.newSession(named: "flow.json")

        let tmux = Tmux(name: "flow")
        defer { tmux.close() }
        try tmux.start(fx.command(mlsd, "open '\(file)'"))
        #expect(tmux.waitFor { $0.contains("1. Clarifying requirements") }.ok)
        try tmux.type("We ship an MVP first")
        try tmux.keys("C-n")
        #expect(tmux.waitFor { $0.contains("2. Framing as an ML task") }.ok)
        try tmux.type("Rank videos by watch time")
        #expect(tmux.waitFor { $0.contains("Rank videos by watch time") }.ok)
        try tmux.keys("C-s")
        #expect(tmux.waitFor { $0.contains("│ saved │") }.ok)
        try tmux.keys("C-q")
        let exited = tmux.waitFor { $0.contains("STTY-END") }
        #expect(exited.ok, "mlsd did not quit: \(exited.screen)")
        #expect(exited.screen.contains("MLSD-EXIT=0"))
        #expect(exited.screen.contains("echo") && !exited.screen.contains("-echo"), "echo not restored: \(exited.screen)")
        #expect(exited.screen.contains("icanon") && !exited.screen.contains("-icanon"))
        #expect(fx.text(of: file, step: .clarify) == "We ship an MVP first")
        #expect(fx.text(of: file, step: .framing) == "Rank videos by watch time")
        tmux.close()

        let again = Tmux(name: "reopen")
        defer { again.close() }
        try again.start(fx.command(mlsd, "open '\(file)'"))
        // Reopening starts at the step last worked on (issue 13), not at step 1.
        #expect(again.waitFor { $0.contains("Rank videos by watch time") && $0.contains("2. Framing") }.ok)
        #expect(again.capture().contains("● 2 Framing"))
        try again.resize(width: 30, height: 10)
        let small = again.waitFor { $0.contains("terminal too small") }
        #expect(small.ok, "\(small.screen)")
        try again.resize(width: 120, height: 40)
        let big = again.waitFor { $0.contains("Rank videos by watch time") && !$0.contains("terminal too small") }
        #expect(big.ok, "\(big.screen)")
        try again.keys("C-p")
        #expect(again.waitFor { $0.contains("We ship an MVP first") && $0.contains("1. Clarifying") }.ok)
        try again.keys("C-q")
        #expect(again.waitFor { $0.contains("MLSD-EXIT=0") }.ok)
    }

    @Test func sigtermSavesWhatWasTypedSinceTheLastSave() throws {
        guard let (fx, mlsd) = try prepare() else { return }
        defer { fx.remove() }
        let file = try fx.newSession(named: "term.json")
        let tmux = Tmux(name: "term")
        defer { tmux.close() }
        try tmux.start(fx.command(mlsd, "open '\(file)'"))
        #expect(tmux.waitFor { $0.contains("1. Clarifying requirements") }.ok)
        try tmux.type("saved part")
        try tmux.keys("C-s")
        #expect(tmux.waitFor { $0.contains("│ saved │") }.ok)
        try tmux.type(" and unsaved part")
        #expect(tmux.waitFor { $0.contains("saved part and unsaved part") && $0.contains("● unsaved") }.ok)
        let child = try mlsdPID(tmux)
        #expect(child != nil)
        if let child { kill(child, SIGTERM) }
        let done = tmux.waitFor { $0.contains("STTY-END") }
        #expect(done.ok, "\(done.screen)")
        #expect(done.screen.contains("MLSD-EXIT=0"))
        #expect(done.screen.contains("echo") && !done.screen.contains("-echo"))
        #expect(fx.text(of: file, step: .clarify) == "saved part and unsaved part")
    }

    @Test(arguments: [true, false]) func closingTheWindowSavesAndExits(abruptly: Bool) throws {
        guard let (fx, mlsd) = try prepare() else { return }
        defer { fx.remove() }
        let file = try fx.newSession(named: "hangup.json")
        let tmux = Tmux(name: "hangup")
        defer { tmux.close() }
        try tmux.start(fx.command(mlsd, "open '\(file)'"))
        #expect(tmux.waitFor { $0.contains("1. Clarifying requirements") }.ok)
        try tmux.type("typed before the window closed")
        #expect(tmux.waitFor { $0.contains("typed before the window closed") }.ok)
        let child = try mlsdPID(tmux)
        if abruptly {
            // The terminal emulator dies at once: the tty hangs up.
            let server = try tmux.serverPID()
            #expect(server != nil)
            if let server { kill(server, SIGKILL) }
        } else {
            // tmux closes the window and sends SIGHUP.
            tmux.close()
        }
        #expect(eventually { fx.text(of: file, step: .clarify) == "typed before the window closed" })
        if let child { #expect(eventually { kill(child, 0) != 0 }, "mlsd still running after hang-up") }
    }

    @Test func aCrashRestoresTheTerminal() throws {
        guard let (fx, mlsd) = try prepare() else { return }
        defer { fx.remove() }
        let file = try fx.newSession(named: "crash.json")
        let tmux = Tmux(name: "crash")
        defer { tmux.close() }
        try tmux.start(fx.command(mlsd, "open '\(file)'"))
        #expect(tmux.waitFor { $0.contains("1. Clarifying requirements") }.ok)
        if let child = try mlsdPID(tmux) { kill(child, SIGSEGV) } else { Issue.record("no mlsd process") }
        let done = tmux.waitFor { $0.contains("STTY-END") }
        #expect(done.ok, "\(done.screen)")
        #expect(done.screen.contains("MLSD-EXIT=139"))
        #expect(done.screen.contains("the terminal was restored"))
        #expect(done.screen.contains("echo") && !done.screen.contains("-echo"), "\(done.screen)")
        #expect(done.screen.contains("icanon") && !done.screen.contains("-icanon"))
        #expect(!done.screen.contains("Clarifying requirements"), "the whiteboard is still on screen")
    }

    @Test func startScreenCreatesASessionFromTheProblemPicker() throws {
        guard let (fx, mlsd) = try prepare() else { return }
        defer { fx.remove() }
        let tmux = Tmux(name: "start")
        defer { tmux.close() }
        try tmux.start(fx.command(mlsd, ""), width: 100, height: 30)
        #expect(tmux.waitFor { $0.contains("New session: pick a problem") && $0.contains("10 M daily users") }.ok)
        try tmux.type("tin")
        try tmux.keys("Enter")
        #expect(tmux.waitFor { $0.contains("1. Clarifying requirements") }.ok)
        try tmux.type("hello from start")
        try tmux.keys("C-q")
        #expect(tmux.waitFor { $0.contains("There are unsaved changes") }.ok)
        try tmux.keys("s")
        #expect(tmux.waitFor { $0.contains("MLSD-EXIT=0") }.ok)
        let files = SessionFiles.list(in: fx.sessions)
        #expect(files.count == 1)
        #expect(files.first.flatMap { fx.text(of: $0, step: .clarify) } == "hello from start")
    }

    @Test func aSessionThatFailsToLoadIsReportedAndNotTouched() throws {
        guard let (fx, mlsd) = try prepare() else { return }
        defer { fx.remove() }
        let file = fx.sessions + "/bad.json"
        try "{ not json".write(toFile: file, atomically: true, encoding: .utf8)
        let tmux = Tmux(name: "bad")
        defer { tmux.close() }
        try tmux.start(fx.command(mlsd, "open '\(file)'"))
        let done = tmux.waitFor { $0.contains("STTY-END") }
        #expect(done.ok)
        #expect(done.screen.contains("mlsd: \(file):"))
        #expect(done.screen.contains("MLSD-EXIT=1"))
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "{ not json")
    }

    /// The mlsd process: the child of the pane's shell.
    func mlsdPID(_ tmux: Tmux) throws -> pid_t? {
        guard let sh = try tmux.panePID() else { return nil }
        var found: pid_t? = nil
        _ = eventually(timeout: 5) {
            let children = (try? String(contentsOfFile: "/proc/\(sh)/task/\(sh)/children", encoding: .utf8)) ?? ""
            found = children.split(separator: " ").compactMap { pid_t($0) }.first
            return found != nil
        }
        return found
    }
}
