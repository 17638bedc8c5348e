import Foundation
import Testing
import TermUI
import WhiteboardApp
import WhiteboardCore
import WhiteboardStore
import WhiteboardRuntime

/// The run loop in-process: a `MemoryTerminal` (fake screen, input, clock, signals, hang-up)
/// and a `MemoryEffectRunner` (files in memory, a scripted editor).
@Suite struct WhiteboardRuntimeTests {
    static let epoch = Date(timeIntervalSince1970: 1_767_323_045)
    static let path = "/sessions/tiny-1.json"

    static let library: TemplateLibrary = {
        let tiny = ProblemTemplate(id: "tiny", title: "Tiny recommender", statement: "Suggest short videos.",
                                   steps: [.clarify: StepTemplate(minutes: 5, prompts: ["Business goal"])])
        return TemplateLibrary(catalogue: TradeoffCatalogue(tradeoffs: []), problems: [tiny], directory: "/templates")
    }()

    static func session(_ text: String = "first line") -> Session {
        var s = Session(id: "fixed", problem: "tiny", title: "Tiny recommender", createdAt: epoch)
        s.setText(text, for: .clarify)
        return s
    }

    /// A runtime on the whiteboard with the session saved in the fake file system, started.
    static func whiteboard(_ text: String = "first line") -> (WhiteboardRuntime<MemoryTerminal>, MemoryTerminal, MemoryEffectRunner) {
        let files = MemoryEffectRunner(files: [path: SessionCodec.encode(session(text))])
        let terminal = MemoryTerminal(width: 100, height: 30, now: epoch)
        let state = AppState(width: 80, height: 24, now: epoch, library: library, session: session(text), path: path)
        let runtime = WhiteboardRuntime(state: state, terminal: terminal, effects: files)
        runtime.start()
        return (runtime, terminal, files)
    }

    static func type(_ script: String, into terminal: MemoryTerminal) throws {
        terminal.pendingInput += try KeySpec.parseScript(script).map { .key($0) }
    }

    static func screen(_ state: AppState) -> [String] {
        let fresh = MemoryTerminal(width: state.width, height: state.height)
        fresh.draw(AppView.render(state))
        return fresh.lines
    }

    @Test func startSizesTheAppToTheTerminalAndDrawsTheWholeFrame() {
        let (runtime, terminal, _) = Self.whiteboard()
        #expect(runtime.state.width == 100 && runtime.state.height == 30)
        #expect(terminal.lines == Self.screen(runtime.state))
        #expect(terminal.lines.joined().contains("first line"))
    }

    @Test func aTypedKeyIsDrawnAsAFewChangedCells() throws {
        let (runtime, terminal, _) = Self.whiteboard()
        let full = terminal.lastDrawCount
        try Self.type("End x", into: terminal)
        #expect(runtime.step())
        #expect(terminal.lines.joined().contains("first linex"))
        #expect(terminal.lastDrawCount > 0 && terminal.lastDrawCount < full / 10, "drew \(terminal.lastDrawCount) of \(full) cells")
        #expect(terminal.lines == Self.screen(runtime.state))
        #expect(runtime.lastFrame?.lines == AppView.render(runtime.state).lines)
    }

    @Test func aTurnTicksOnceAndStampsTheBatchWithTheClock() throws {
        let (runtime, terminal, _) = Self.whiteboard()
        terminal.advanceClock(by: 2)
        try Self.type("x", into: terminal)
        runtime.step()
        #expect(runtime.state.now == terminal.now)
        #expect(runtime.state.board?.lastActivityAt == terminal.now)
        // Nothing queued: the turn waits out its timeout on the fake clock, then ticks.
        let before = terminal.now
        runtime.step()
        #expect(terminal.now > before)
        #expect(runtime.state.now == terminal.now)
    }

    /// A burst of cursor keys in one turn (as a terminal delivers a held arrow key), then a
    /// letter: the letter lands where the cursor went and the screen shows it.
    @Test func aBurstOfCursorKeysInOneTurnMovesTheCursorAndTheScreenFollows() throws {
        let long = (0..<40).map { "Sentence \($0) about the serving latency budget of the ranker." }.joined(separator: " ")
        let (runtime, terminal, _) = Self.whiteboard(long)
        try Self.type("M-> " + String(repeating: "Left ", count: 150), into: terminal)
        runtime.step()
        try Self.type("Q", into: terminal)
        runtime.step()
        let text = try #require(runtime.state.board?.document.text)
        #expect(text.dropLast(150).hasSuffix("Q") && text.count == long.count + 1)
        #expect(terminal.lines == Self.screen(runtime.state))
        #expect(terminal.lines.joined().contains("Q"))
    }

    @Test func unsavedChangesAreAutosavedAfterThreeStillSeconds() throws {
        let (runtime, terminal, files) = Self.whiteboard()
        try Self.type("End x", into: terminal)
        runtime.step()
        #expect(runtime.state.board?.dirty == true)
        #expect(files.saves.isEmpty)
        for _ in 0..<20 { runtime.step() }   // 20 idle turns: at least 20 × 50 ms on the fake clock
        terminal.advanceClock(by: 3)
        runtime.step()
        #expect(files.saves == [Self.path])
        #expect(runtime.state.board?.dirty == false)
        let saved = try SessionCodec.decode(files.files[Self.path]!).session
        #expect(saved.text(of: .clarify) == "first linex")
    }

    @Test func aQuitSignalSavesUnsavedWorkAndEndsTheLoop() throws {
        let (runtime, terminal, files) = Self.whiteboard()
        try Self.type("End !", into: terminal)
        runtime.step()
        terminal.sendSignal(15)
        #expect(!runtime.step())
        #expect(runtime.exit == RuntimeExit(code: 0))
        #expect(try SessionCodec.decode(files.files[Self.path]!).session.text(of: .clarify) == "first line!")
    }

    @Test func aSignalWhoseSaveFailsExitsWithOneAndSaysWhy() throws {
        let (runtime, terminal, files) = Self.whiteboard()
        try Self.type("End !", into: terminal)
        runtime.step()
        files.failWrites = "disk full"
        terminal.sendSignal(2)
        #expect(!runtime.step())
        #expect(runtime.exit?.code == 1)
        #expect(runtime.exit?.message?.contains("disk full") == true)
        #expect(runtime.exit?.message?.contains("signal 2") == true)
    }

    @Test func aHangUpSavesAndRunRestoresTheTerminal() throws {
        let (runtime, terminal, files) = Self.whiteboard()
        try Self.type("End ?", into: terminal)
        runtime.step()
        terminal.hangUp()
        let exit = runtime.run()
        #expect(exit == RuntimeExit(code: 0))
        #expect(terminal.restored)
        #expect(try SessionCodec.decode(files.files[Self.path]!).session.text(of: .clarify) == "first line?")
    }

    @Test func quitOnACleanSessionEndsWithoutSaving() throws {
        let (runtime, terminal, files) = Self.whiteboard()
        try Self.type("C-q", into: terminal)
        #expect(!runtime.step())
        #expect(runtime.exit == RuntimeExit(code: 0))
        #expect(files.saves.isEmpty)
    }

    @Test func saveAndQuitDoesNotQuitWhenTheSaveFails() throws {
        let (runtime, terminal, files) = Self.whiteboard()
        files.failWrites = "read-only file system"
        try Self.type("End z C-q s", into: terminal)
        #expect(runtime.step(), "the loop must go on after a failed save")
        #expect(runtime.state.board?.dirty == true)
        #expect(runtime.state.board?.message?.contains("read-only file system") == true)
        #expect(terminal.lines.joined().contains("save failed"), "\(terminal.lines.joined(separator: "\n"))")
    }

    @Test func discardPutsBackTheFileAsOpenedAfterAnAutosave() throws {
        let (runtime, terminal, files) = Self.whiteboard()
        let original = files.files[Self.path]
        try Self.type("End w", into: terminal)
        runtime.step()
        terminal.advanceClock(by: 4)
        runtime.step()
        #expect(files.saves.count == 1 && files.files[Self.path] != original)
        try Self.type("End v C-q d", into: terminal)
        #expect(!runtime.step())
        #expect(files.files[Self.path] == original)
    }

    @Test func externalEditSuspendsRedrawsWholeAndTakesTheTextBack() throws {
        let (runtime, terminal, files) = Self.whiteboard()
        files.editor = { _, text in text.uppercased() + "\n" }
        try Self.type("F3", into: terminal)
        runtime.step()
        #expect(terminal.suspendCount == 1)
        #expect(runtime.state.board?.document.text == "FIRST LINE", "the editor's final newline is dropped")
        #expect(terminal.lastDrawCount >= 100 * 30 / 2, "after resume the frame is drawn whole")
        #expect(terminal.lines == Self.screen(runtime.state))
    }

    @Test func aResizeRedrawsTheWholeScreenAtTheNewSize() {
        let (runtime, terminal, _) = Self.whiteboard()
        terminal.resize(width: 120, height: 40)
        runtime.step()
        #expect(runtime.state.width == 120 && runtime.state.height == 40)
        #expect(terminal.lines == Self.screen(runtime.state))
    }

    @Test func creatingASessionFromTheStartScreenWritesItAndOpensIt() throws {
        let files = MemoryEffectRunner()
        let terminal = MemoryTerminal(width: 100, height: 30, now: Self.epoch)
        let state = AppState(width: 80, height: 24, now: Self.epoch, library: Self.library, recent: [])
        let runtime = WhiteboardRuntime(state: state, terminal: terminal, effects: files)
        runtime.start()
        try Self.type("Enter", into: terminal)
        runtime.step()
        #expect(runtime.state.screen == .whiteboard)
        let path = try #require(runtime.state.board?.path)
        #expect(path.hasPrefix("/sessions/tiny-"))
        #expect(files.files[path] != nil)
        #expect(try SessionCodec.decode(files.files[path]!).session.problem == "tiny")
    }

    @Test func openingAFileThatCannotBeReadSaysSoOnTheStartScreen() throws {
        let terminal = MemoryTerminal(width: 100, height: 30, now: Self.epoch)
        let recent = [RecentSession(path: "/sessions/gone.json", title: "Gone", problem: "tiny", updatedAt: Self.epoch, score: nil)]
        let state = AppState(width: 80, height: 24, now: Self.epoch, library: Self.library, recent: recent)
        let runtime = WhiteboardRuntime(state: state, terminal: terminal, effects: MemoryEffectRunner())
        runtime.start()
        try Self.type("Tab Enter", into: terminal)
        runtime.step()
        #expect(runtime.state.screen == .start)
        #expect(runtime.state.start.error?.contains("/sessions/gone.json: cannot read") == true)
    }
}
