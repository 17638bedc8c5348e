import Foundation
import Practice
import TermUI
import WhiteboardApp
import WhiteboardCore
import WhiteboardStore
#if canImport(Glibc)
import Glibc
#endif

/// The run loop, on any `Terminal`: each turn it checks for quit signals and a hang-up, waits
/// for input (draining everything queued), ticks the app's clock once, hands the events to the
/// keymaps and the reducer, performs the effects they return, and draws one frame (the terminal
/// writes only what changed). Everything happens on the calling thread.
///
/// `run()` is the whole loop; tests and the benchmark drive it a turn at a time with `start()`
/// and `step()` on a `MemoryTerminal` and a `MemoryEffectRunner`.
public final class WhiteboardRuntime<T: Terminal> {
    /// The app's state (settable so tests can set up or keep exploring after a quit).
    public var state: AppState
    public let terminal: T
    public let effects: any EffectRunner
    /// The frame drawn last.
    public private(set) var lastFrame: Buffer?
    /// True once the app asked to quit or a quit signal or hang-up ended the loop.
    public private(set) var exitRequested = false
    /// How the loop ended (nil while it runs).
    public private(set) var exit: RuntimeExit?
    /// The session file's bytes as opened or last saved by the user: what "discard" puts back
    /// (autosaves write the file in between).
    private var rememberedFile: (path: String, bytes: Data)?
    /// Draws the frames, skipping panes whose inputs did not change.
    private var renderer = FrameRenderer()

    /// Seconds a turn waits for input while a rescore is due, and otherwise.
    public static var scoringWait: Double { 0.05 }
    public static var idleWait: Double { 0.25 }
    /// At most this many queued events are handled in one turn.
    public static var maxBatch: Int { 4096 }

    public init(state: AppState, terminal: T, effects: any EffectRunner) {
        self.state = state
        self.terminal = terminal
        self.effects = effects
    }

    /// Runs until the user quits, a quit signal arrives or the terminal hangs up, then restores
    /// the terminal.
    public func run() -> RuntimeExit {
        start()
        while step() {}
        terminal.restore()
        return exit ?? RuntimeExit(code: 0)
    }

    /// Sizes the app to the terminal, ticks the clock, remembers the open file for "discard"
    /// and draws the first frame.
    public func start() {
        let size = terminal.size
        perform(App.reduce(&state, .resize(width: size.width, height: size.height)))
        perform(App.reduce(&state, .tick(terminal.now)))
        rememberFile()
        render()
    }

    /// One turn of the loop; false once the loop has ended (see `exit`).
    @discardableResult
    public func step() -> Bool {
        guard !exitRequested else { return false }
        if let signal = terminal.takeQuitSignal() {
            quitOnSignal(signal)
            return false
        }
        if !terminal.isConnected {
            quitOnSignal(SIGHUP)
            return false
        }
        let wait = (state.board?.scoreDirty ?? false) ? Self.scoringWait : Self.idleWait
        var events: [InputEvent] = []
        if let first = terminal.readEvent(timeout: wait) {
            events.append(first)
            while events.count < Self.maxBatch, let more = terminal.readEvent(timeout: 0) { events.append(more) }
        }
        // The one tick of the turn, before the batch: it stamps the batch with the time (the
        // rescore debounce measures stillness from the last edit), counts interview time,
        // rescores when due and autosaves. The frame is rendered after the batch.
        perform(App.reduce(&state, .tick(terminal.now)))
        for event in events where !exitRequested {
            if case .resize = event { terminal.invalidate() }
            perform(App.handle(event, state: &state))
        }
        if exitRequested {
            if exit == nil { exit = RuntimeExit(code: 0) }
            return false
        }
        render()
        return true
    }

    /// Clears a quit the app asked for so the loop goes on: for tests that keep exploring
    /// after a quit key.
    public func continueAfterQuit() {
        exitRequested = false
        exit = nil
        state.quitting = false
    }

    private func render() {
        let frame = renderer.render(state)
        terminal.draw(frame)
        lastFrame = frame
    }

    private func dispatch(_ action: Action) { perform(App.reduce(&state, action)) }

    /// Runs effects in order; a failed save or discard skips the rest (so "save and quit"
    /// never quits unsaved).
    private func perform(_ list: [Effect]) {
        for effect in list {
            switch effect {
            case .save:
                if !save() { return }
            case .rememberFileForDiscard:
                rememberFile()
            case .discardToRememberedFile:
                if !discard() { return }
            case .quit:
                exitRequested = true
                return
            case let .editExternally(step, text):
                do {
                    let edited = try effects.editExternally(text, step: step, terminal: terminal)
                    // Editors end the file with a newline; keep the text's own ending.
                    let back = edited.hasSuffix("\n") && !text.hasSuffix("\n") ? String(edited.dropLast()) : edited
                    dispatch(.externalEditFinished(step: step, text: back))
                } catch {
                    dispatch(.externalEditFailed(error.message))
                }
            case .createSession(let problem):
                guard let template = state.library.problem(id: problem) else { continue }
                do {
                    let created = try effects.createSession(for: template, now: terminal.now)
                    dispatch(.opened(created.session, path: created.path))
                    rememberFile()
                } catch {
                    dispatch(.openFailed(error.message))
                }
            case .practice(.loadProgress):
                dispatch(.practice(.progressLoaded(ProgressSummary(history: effects.sessionHistory(library: state.library), library: state.library))))
            case .practice(.createDrill(let session)):
                do {
                    let title = "drill " + (DrillSession.tradeoffID(of: session) ?? "")
                    let path = try effects.saveNewSession(session, title: title, now: terminal.now)
                    dispatch(.opened(session, path: path))
                    rememberFile()
                } catch {
                    dispatch(.openFailed(error.message))
                }
            case .openSession(let path):
                do {
                    let session = try effects.load(path: path)
                    dispatch(.opened(session, path: path))
                    rememberFile()
                } catch {
                    dispatch(.openFailed(error.message))
                }
            }
        }
    }

    /// Saves the open session; reports the result to the reducer.
    @discardableResult
    private func save() -> Bool {
        guard let board = state.board else { return true }
        do {
            try effects.save(board.session, to: board.path)
            dispatch(.saved(terminal.now))
            return true
        } catch {
            dispatch(.saveFailed(error.message))
            return false
        }
    }

    /// Reads the open session's file as it is now, for a later discard.
    private func rememberFile() {
        guard let path = state.board?.path else { rememberedFile = nil; return }
        rememberedFile = effects.contents(of: path).map { (path, $0) }
    }

    /// Puts the remembered bytes back when the file changed since (an autosave); reports a
    /// failure like a failed save, so the quit after it is skipped.
    private func discard() -> Bool {
        guard let remembered = rememberedFile, remembered.path == state.board?.path else { return true }
        if effects.contents(of: remembered.path) == remembered.bytes { return true }
        do {
            try effects.writeAtomically(remembered.bytes, to: remembered.path)
            return true
        } catch {
            dispatch(.saveFailed("cannot put back \(remembered.path) as it was: \(error.message)"))
            return false
        }
    }

    /// SIGINT, SIGTERM, SIGHUP: save unsaved work, then leave; a failed save exits with 1 and
    /// says why.
    private func quitOnSignal(_ signal: Int32) {
        exitRequested = true
        if state.board?.dirty == true && !save() {
            exit = RuntimeExit(code: 1, message: "mlsd: \(state.board?.message ?? "save failed") (signal \(signal))")
        } else {
            exit = RuntimeExit(code: 0)
        }
    }
}
