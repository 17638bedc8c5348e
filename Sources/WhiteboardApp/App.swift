import Foundation
import Rubric
import TermUI
import WhiteboardCore

/// The app's logic: input events become actions through the keymaps, and `reduce` applies
/// actions to the state and returns the effects for the runtime to perform.
public enum App {
    /// Seconds of unsaved changes before an autosave.
    public static let autosaveDelay: TimeInterval = 3
    /// Rescore once the text has been still this long…
    public static let rescoreInterval: TimeInterval = 0.15
    /// …or, while typing goes on, at least this often.
    public static let rescoreMaxWait: TimeInterval = 1.0
    /// The interview clock stops this long after the last key, click or paste, until the next.
    public static let idleLimit: TimeInterval = 60

    /// Handles one input event: keys go through the active keymaps.
    public static func handle(_ event: InputEvent, state: inout AppState) -> [Effect] {
        if case .resize = event {} else { state.board?.clock.lastActivityAt = state.now }
        switch event {
        case .key(let k):
            if let action = Keymaps.action(for: k, in: state) { return reduce(&state, action) }
            // Escape and a key sent together read as Alt+key (the terminal sends Alt+key so);
            // where that Alt+key means nothing and Escape leaves something (a pane, an overlay,
            // the Start filter), it was Escape, then the key. Not where Escape cancels a canvas
            // edit, so a stray Alt+key cannot cancel a label and then run a canvas command.
            guard k.modifiers == .alt, let escape = Keymaps.action(for: KeyPress(.escape), in: state) else { return [] }
            switch escape {
            case .focus, .closeOverlay, .clearFilter: break
            default: return []
            }
            var effects = reduce(&state, escape)
            if let then = Keymaps.action(for: KeyPress(k.key), in: state) { effects += reduce(&state, then) }
            return effects
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
        case .showProblem:
            if state.screen == .whiteboard { state.overlay = .problem(scroll: 0) }
            return []
        case .closeOverlay:
            state.overlay = nil
            return []
        case .practice(let p):
            return reducePractice(&state, p)
        case .startSwitchList where state.screen == .start && state.overlay == nil:
            return cycleStartView(&state)
        default:
            break
        }
        if case .help(let scroll) = state.overlay {
            return reduceHelp(&state, action, scroll: scroll)
        }
        if case .problem(let scroll) = state.overlay {
            return reduceProblem(&state, action, scroll: scroll)
        }
        if state.screen == .start, state.start.practice.showingProgress, let e = reduceProgressView(&state, action) { return e }
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

    static func reduceProblem(_ state: inout AppState, _ action: Action, scroll: Int) -> [Effect] {
        guard let b = state.board else { state.overlay = nil; return [] }
        let page = max(1, state.height - 6)
        let rows = ProblemOverlay.lines(b, width: ProblemOverlay.width(screenWidth: state.width)).count
        let maxScroll = max(0, rows - (state.height - 4))
        switch action {
        case .scroll(let n): state.overlay = .problem(scroll: min(max(0, scroll + n), maxScroll))
        case .scrollPage(let n): state.overlay = .problem(scroll: min(max(0, scroll + n * page), maxScroll))
        case .scrollToTop: state.overlay = .problem(scroll: 0)
        case .quit: state.overlay = nil; return reduce(&state, .quit)
        default: break
        }
        return []
    }

    static func helpWidth(_ state: AppState) -> Int { max(1, min(state.width - 4, 100) - 2) }

    /// The keymaps that were active where help was opened, listed first in the overlay.
    static func helpFirst(_ state: AppState) -> [Keymap] {
        var s = state
        s.overlay = nil
        return Keymaps.active(in: s)
    }

    /// Advances the clock: time on the current step, rescoring (when the text has been still
    /// for `rescoreInterval`, or every `rescoreMaxWait` during continuous typing, so scoring
    /// never runs per key) and autosave.
    static func tick(_ state: inout AppState, now: Date) -> [Effect] {
        state.now = now
        guard var b = state.board else { return [] }
        state.board = nil
        defer { state.board = b }
        let delta = now.timeIntervalSince(b.clock.lastTickAt)
        // The interview clock counts activity: time up to `idleLimit` after the last key,
        // click or paste, unless paused. A gap between ticks of a minute or more (a suspended
        // laptop) is not counted.
        if !b.clock.paused && delta > 0 && delta < idleLimit {
            let activeUntil = b.clock.lastActivityAt.addingTimeInterval(idleLimit)
            let counted = min(now, activeUntil).timeIntervalSince(b.clock.lastTickAt)
            if counted > 0 { b.clock.pendingSeconds += counted }
        }
        b.clock.lastTickAt = now
        b.addWholeSeconds()
        let idle = now.timeIntervalSince(b.clock.lastEditAt) >= rescoreInterval
        if b.score.due && (idle || now.timeIntervalSince(b.score.lastScoredAt) >= rescoreMaxWait) {
            b.score(catalogue: state.library.catalogue, now: now)
        }
        keepCursorVisible(&b, state: state)
        if b.model.dirty, let since = b.model.dirtySince, now.timeIntervalSince(since) >= autosaveDelay {
            b.model.dirtySince = now // retry later if this save fails
            return [.save]
        }
        return []
    }

    /// Scores the board's session now (what a tick does when a rescore is due).
    public static func rescore(_ b: inout WhiteboardState, library: TemplateLibrary, now: Date) {
        b.score(catalogue: library.catalogue, now: now)
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
        case .paste(let text):
            // A paste into the filter keeps its first line only.
            let line = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).first.map(String.init) ?? ""
            state.start.focus = .problems
            state.start.filter += line
            state.start.selectedProblem = 0
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
