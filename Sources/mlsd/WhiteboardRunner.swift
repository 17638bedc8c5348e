import Foundation
import TermNcurses
import TermUI
import WhiteboardApp
import WhiteboardCore
#if canImport(Glibc)
import Glibc
#endif

/// The run loop: read events (draining every queued one), reduce, perform effects, render
/// one frame. Everything, ncurses included, happens on this one thread.
final class WhiteboardRunner {
    private var state: AppState
    private let sessionsDirectory: String
    private var terminal: NcursesTerminal!
    private var previous: Buffer?
    private var exitRequested = false
    private var exitCode: Int32 = 0
    /// The session file's bytes as opened or last saved by the user: what "discard" puts back
    /// (autosaves write the file in between).
    private var rememberedFile: (path: String, bytes: Data)?

    init(state: AppState, sessionsDirectory: String) {
        self.state = state
        self.sessionsDirectory = sessionsDirectory
    }

    /// Runs until the user quits or a quit signal arrives; returns the exit code.
    func run() -> Int32 {
        NcursesTerminal.installQuitSignalHandlers()
        NcursesTerminal.installCrashHandlers()
        terminal = NcursesTerminal()
        let size = terminal.size
        _ = App.reduce(&state, .resize(width: size.width, height: size.height))
        _ = App.reduce(&state, .tick(Date()))
        rememberFile()
        render()
        while !exitRequested {
            if let signal = NcursesTerminal.takeQuitSignal() {
                quitOnSignal(signal)
                break
            }
            if !terminal.isConnected {
                quitOnSignal(SIGHUP)
                break
            }
            let timeout = (state.board?.scoreDirty ?? false) ? 0.05 : 0.25
            var events: [InputEvent] = []
            if let first = terminal.readEvent(timeout: timeout) {
                events.append(first)
                while events.count < 4096, let more = terminal.readEvent(timeout: 0) { events.append(more) }
            }
            // Stamp the batch with the current time so edits carry it (the rescore debounce
            // measures stillness from the last edit).
            if !events.isEmpty { perform(App.reduce(&state, .tick(Date()))) }
            for event in events where !exitRequested {
                if case .resize = event { terminal.invalidate(); previous = nil }
                perform(App.handle(event, state: &state))
            }
            if exitRequested { break }
            perform(App.reduce(&state, .tick(Date())))
            if exitRequested { break }
            render()
        }
        terminal.restore()
        return exitCode
    }

    private func render() {
        let frame = AppView.render(state)
        terminal.draw(frame.diff(from: previous), cursor: frame.cursor)
        previous = frame
    }

    private func dispatch(_ action: Action) { perform(App.reduce(&state, action)) }

    /// Runs effects in order; a failed save skips the rest (so "save and quit" never quits unsaved).
    private func perform(_ effects: [Effect]) {
        for effect in effects {
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
                editExternally(step: step, text: text)
            case .createSession(let problem):
                createSession(problem: problem)
            case .openSession(let path):
                do {
                    let decoded = try SessionStore.load(path: path)
                    dispatch(.opened(decoded.session, path: path))
                    rememberFile()
                } catch {
                    dispatch(.openFailed(error.description))
                }
            }
        }
    }

    /// Saves the open session atomically; reports the result to the reducer.
    @discardableResult
    private func save() -> Bool {
        guard let board = state.board else { return true }
        do {
            try SessionStore.save(board.session, to: board.path)
            dispatch(.saved(Date()))
            return true
        } catch {
            dispatch(.saveFailed(String(describing: error)))
            return false
        }
    }

    /// Reads the open session's file as it is now, for a later discard.
    private func rememberFile() {
        guard let path = state.board?.path else { rememberedFile = nil; return }
        rememberedFile = FileManager.default.contents(atPath: path).map { (path, $0) }
    }

    /// Puts the remembered bytes back when the file changed since (an autosave); reports a
    /// failure like a failed save, so the quit after it is skipped.
    private func discard() -> Bool {
        guard let remembered = rememberedFile, remembered.path == state.board?.path else { return true }
        if FileManager.default.contents(atPath: remembered.path) == remembered.bytes { return true }
        do {
            try SessionStore.writeAtomically(remembered.bytes, to: remembered.path)
            return true
        } catch {
            dispatch(.saveFailed("cannot put back \(remembered.path) as it was: \(error)"))
            return false
        }
    }

    private func createSession(problem: String) {
        guard let template = state.library.problem(id: problem) else { return }
        do {
            try FileManager.default.createDirectory(atPath: sessionsDirectory, withIntermediateDirectories: true)
            let now = Date()
            let path = SessionFiles.newPath(in: sessionsDirectory, problem: template.id, title: nil, date: now)
            let session = Session.new(problem: template.id, title: template.title, now: now)
            try SessionStore.save(session, to: path)
            dispatch(.opened(session, path: path))
            rememberFile()
        } catch {
            dispatch(.openFailed("\(sessionsDirectory): cannot create a session: \(error)"))
        }
    }

    /// Suspends the screen, runs $VISUAL / $EDITOR (default vi) on a temp file with the step's
    /// text, and hands the edited text back.
    private func editExternally(step: StepID, text: String) {
        let dir = NSTemporaryDirectory()
        let path = (dir as NSString).appendingPathComponent("mlsd-\(step.rawValue)-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).md")
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        } catch {
            dispatch(.externalEditFailed("cannot write \(path): \(error.localizedDescription)"))
            return
        }
        defer { unlink(path) }
        terminal.suspend()
        let status = ForegroundProcess.run(["/bin/sh", "-c", "${VISUAL:-${EDITOR:-vi}} \"$1\"", "mlsd-editor", path])
        terminal.resume()
        previous = nil
        guard status == 0, let data = FileManager.default.contents(atPath: path), let edited = String(data: data, encoding: .utf8) else {
            dispatch(.externalEditFailed(status == 0 ? "could not read the edited text back" : "the editor exited with status \(status); text unchanged"))
            return
        }
        dispatch(.externalEditFinished(step: step, text: edited.hasSuffix("\n") && !text.hasSuffix("\n") ? String(edited.dropLast()) : edited))
    }

    /// SIGINT, SIGTERM, SIGHUP: save unsaved work, then leave cleanly.
    private func quitOnSignal(_ signal: Int32) {
        if state.board?.dirty == true && !save() {
            terminal.restore()
            FileHandle.standardError.write(Data("mlsd: \(state.board?.message ?? "save failed") (signal \(signal))\n".utf8))
            exitCode = 1
            return
        }
        exitCode = 0
    }
}
