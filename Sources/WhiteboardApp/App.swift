import Foundation
import Rubric
import TermUI
import WhiteboardCore

/// The app's logic: input events become actions through the keymaps, and `reduce` applies
/// actions to the state and returns the effects for the runtime to perform.
public enum App {
    /// Seconds of unsaved changes before an autosave.
    public static let autosaveDelay: TimeInterval = 3
    /// Least time between two rescores while the text keeps changing.
    public static let rescoreInterval: TimeInterval = 0.15

    /// Handles one input event: keys go through the active keymaps.
    public static func handle(_ event: InputEvent, state: inout AppState) -> [Effect] {
        switch event {
        case .key(let k):
            guard let action = Keymaps.action(for: k, in: state) else { return [] }
            return reduce(&state, action)
        case .paste(let text): return reduce(&state, .paste(text))
        case .mouse(let m): return reduce(&state, .mouse(m))
        case let .resize(w, h): return reduce(&state, .resize(width: w, height: h))
        }
    }

    /// Applies an action. Pure: all I/O is returned as effects.
    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case let .resize(w, h):
            state.width = max(0, w); state.height = max(0, h)
            if var b = state.board { keepCursorVisible(&b, state: state); state.board = b }
            return []
        case .tick(let now):
            return tick(&state, now: now)
        case .opened(let session, let path):
            state.open(session: session, path: path)
            return []
        case .openFailed(let message):
            state.start.error = message
            return []
        case .showHelp:
            state.overlay = .help(scroll: 0)
            return []
        case .closeOverlay:
            state.overlay = nil
            return []
        default:
            break
        }
        if case .help(let scroll) = state.overlay {
            return reduceHelp(&state, action, scroll: scroll)
        }
        switch state.screen {
        case .start: return reduceStart(&state, action)
        case .whiteboard: return reduceWhiteboard(&state, action)
        }
    }

    static func reduceHelp(_ state: inout AppState, _ action: Action, scroll: Int) -> [Effect] {
        let page = max(1, state.height - 6)
        let maxScroll = max(0, HelpOverlay.lines(width: helpWidth(state), first: helpFirst(state)).count - page)
        switch action {
        case .scroll(let n): state.overlay = .help(scroll: min(max(0, scroll + n), maxScroll))
        case .scrollPage(let n): state.overlay = .help(scroll: min(max(0, scroll + n * page), maxScroll))
        case .quit: state.overlay = nil; return reduce(&state, .quit)
        default: break
        }
        return []
    }

    static func helpWidth(_ state: AppState) -> Int { min(state.width - 4, 100) - 2 }

    /// The keymaps that were active where help was opened, listed first in the overlay.
    static func helpFirst(_ state: AppState) -> [Keymap] {
        var s = state
        s.overlay = nil
        return Keymaps.active(in: s)
    }

    /// Advances the clock: time on the current step, rescoring (at most every
    /// `rescoreInterval` while the text changes) and autosave.
    static func tick(_ state: inout AppState, now: Date) -> [Effect] {
        state.now = now
        guard var b = state.board else { return [] }
        state.board = nil
        defer { state.board = b }
        let delta = now.timeIntervalSince(b.lastTickAt)
        b.lastTickAt = now
        // The interview clock runs whatever is on screen; gaps over a minute (a suspended
        // laptop) are not counted.
        if delta > 0 && delta < 60 { b.pendingSeconds += delta }
        if b.pendingSeconds >= 1 {
            let whole = Int(b.pendingSeconds)
            b.storedSession.steps[b.step, default: StepEntry()].secondsSpent += whole
            b.pendingSeconds -= Double(whole)
        }
        if b.scoreDirty && now.timeIntervalSince(b.lastScoredAt) >= rescoreInterval {
            rescore(&b, library: state.library, now: now)
        }
        b.syncSession()
        keepCursorVisible(&b, state: state)
        if b.dirty, let since = b.dirtySince, now.timeIntervalSince(since) >= autosaveDelay {
            b.dirtySince = now // retry later if this save fails
            return [.save]
        }
        return []
    }

    /// Scores the board's session now.
    public static func rescore(_ b: inout WhiteboardState, library: TemplateLibrary, now: Date) {
        if let t = b.template {
            b.report = Rubric.score(b.session, template: t, catalogue: library.catalogue)
        }
        b.scoreDirty = false
        b.lastScoredAt = now
    }

    // MARK: Start screen

    static func reduceStart(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .quit:
            state.quitting = true
            return [.quit]
        case .filterType(let c):
            state.start.focus = .problems
            state.start.filter.append(c)
            state.start.selectedProblem = 0
            state.start.error = nil
        case .filterBackspace:
            if !state.start.filter.isEmpty { state.start.filter.removeLast(); state.start.selectedProblem = 0 }
        case .clearFilter:
            state.start.filter = ""
            state.start.selectedProblem = 0
        case .startMove(let n):
            switch state.start.focus {
            case .problems:
                let count = state.filteredProblems.count
                state.start.selectedProblem = count == 0 ? 0 : min(max(0, state.start.selectedProblem + n), count - 1)
            case .recent:
                let count = state.recent.count
                state.start.selectedRecent = count == 0 ? 0 : min(max(0, state.start.selectedRecent + n), count - 1)
            }
        case .startSwitchList:
            state.start.focus = state.start.focus == .problems && !state.recent.isEmpty ? .recent : .problems
        case .startActivate:
            switch state.start.focus {
            case .problems:
                let list = state.filteredProblems
                guard state.start.selectedProblem < list.count else { return [] }
                return [.createSession(problem: list[state.start.selectedProblem].id)]
            case .recent:
                guard state.start.selectedRecent < state.recent.count else { return [] }
                let r = state.recent[state.start.selectedRecent]
                if let e = r.error { state.start.error = e; return [] }
                return [.openSession(path: r.path)]
            }
        case .mouse(let m):
            return StartView.handleMouse(&state, m)
        default:
            break
        }
        return []
    }
}
