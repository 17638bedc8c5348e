import Foundation
import TermUI
import TextMetrics
import WhiteboardCore

/// The Start screen: a problem picker with type-to-filter and the highlighted problem's
/// statement and scale, and the recent sessions to reopen.
public enum StartView {
    /// Where the Start screen's parts go.
    struct Layout {
        var problems: Rect
        var details: Rect
        var recent: Rect
        var statusBar: Rect

        init(width: Int, height: Int, recentCount: Int) {
            let (main, status) = Rect(x: 0, y: 0, width: width, height: height).splitBottom(1)
            statusBar = status
            let recentHeight = min(max(4, recentCount + 2), main.height / 3)
            let (top, bottom) = main.splitBottom(recentHeight)
            recent = bottom
            (problems, details) = top.splitLeft(min(40, max(28, width * 2 / 5)))
        }
    }

    static func render(_ state: AppState, into buffer: inout Buffer) {
        let layout = Layout(width: state.width, height: state.height, recentCount: state.recent.count)
        if state.start.practice.showingProgress {
            ProgressPane.render(state, into: &buffer)
        } else {
            renderProblems(state, in: layout.problems, into: &buffer)
            renderDetails(state, in: layout.details, into: &buffer)
        }
        renderRecent(state, in: layout.recent, into: &buffer)
        let bar = layout.statusBar
        buffer.fill(bar, style: Theme.statusBar)
        let text = state.start.error.map { " " + $0 } ?? (state.start.practice.showingProgress ? ProgressPane.statusText : nil)
            ?? " mlsd — type to filter · ↑/↓ choose · Enter start · Tab recent/progress · F1 help · C-q quit"
        buffer.putTruncated(text, x: bar.x, y: bar.y, maxWidth: bar.width, style: state.start.error == nil ? Theme.statusBar : Theme.statusBar.bolded())
    }

    static func renderProblems(_ state: AppState, in rect: Rect, into buffer: inout Buffer) {
        let focused = state.start.focus == .problems
        buffer.border(rect, title: "New session: pick a problem", focused: focused)
        let inner = rect.inset(1)
        guard inner.height > 2 else { return }
        let used = buffer.put("Filter: ", x: inner.x, y: inner.y, style: Theme.heading)
        buffer.put(state.start.filter, x: inner.x + used, y: inner.y, maxWidth: inner.width - used)
        if focused {
            buffer.cursor = (min(inner.maxX - 1, inner.x + used + DisplayWidth.of(state.start.filter)), inner.y)
        }
        let list = state.filteredProblems
        let listRect = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        if list.isEmpty {
            buffer.put("no problem matches \"\(state.start.filter)\"", x: listRect.x, y: listRect.y, maxWidth: listRect.width, style: Theme.secondary)
            return
        }
        let sel = state.start.selectedProblem
        let top = max(0, sel - listRect.height + 1)
        for r in 0..<listRect.height {
            let i = top + r
            guard i < list.count else { break }
            let style: Style = i == sel ? (focused ? Theme.selection : Theme.selectionUnfocused) : .plain
            buffer.fill(Rect(x: listRect.x, y: listRect.y + r, width: listRect.width, height: 1), style: style)
            buffer.putTruncated(" " + list[i].title, x: listRect.x, y: listRect.y + r, maxWidth: listRect.width, style: style)
        }
    }

    static func renderDetails(_ state: AppState, in rect: Rect, into buffer: inout Buffer) {
        buffer.border(rect, title: "Problem")
        let inner = rect.inset(1)
        let list = state.filteredProblems
        guard state.start.selectedProblem < list.count else { return }
        let p = list[state.start.selectedProblem]
        var rows: [(String, Style)] = [(p.title, Theme.title), ("", .plain)]
        for l in TextWrap.lines(p.statement.trimmingCharacters(in: .whitespacesAndNewlines), width: max(1, inner.width)) { rows.append((l, .plain)) }
        if !p.assumptions.isEmpty {
            rows.append(("", .plain))
            rows.append(("Scale and assumptions", Theme.heading))
            for a in p.orderedAssumptions {
                for (i, l) in TextWrap.lines("\(a.key): \(a.value)", width: max(1, inner.width - 2)).enumerated() {
                    rows.append(((i == 0 ? "• " : "  ") + l, Theme.secondary))
                }
            }
        }
        for (i, r) in rows.enumerated() where i < inner.height {
            buffer.put(r.0, x: inner.x, y: inner.y + i, maxWidth: inner.width, style: r.1)
        }
    }

    static func renderRecent(_ state: AppState, in rect: Rect, into buffer: inout Buffer) {
        let focused = state.start.focus == .recent
        buffer.border(rect, title: "Recent sessions", focused: focused)
        let inner = rect.inset(1)
        guard inner.height > 0 else { return }
        if state.recent.isEmpty {
            buffer.put("none yet: pick a problem above and press Enter", x: inner.x, y: inner.y, maxWidth: inner.width, style: Theme.secondary)
            return
        }
        let sel = state.start.selectedRecent
        let top = max(0, sel - inner.height + 1)
        // Columns: title, problem id (as wide as the longest, at most 24), date, score.
        let problemWidth = min(24, state.recent.filter { $0.error == nil }.map { DisplayWidth.of($0.problem) }.max() ?? 0)
        for r in 0..<inner.height {
            let i = top + r
            guard i < state.recent.count else { break }
            let s = state.recent[i]
            let style: Style = (focused && i == sel) ? Theme.selection : (s.error != nil ? Theme.secondary : .plain)
            buffer.fill(Rect(x: inner.x, y: inner.y + r, width: inner.width, height: 1), style: style)
            let right: String
            if let e = s.error {
                right = "unreadable: " + e
            } else {
                let when = s.updatedAt.map(Self.formatDate) ?? "????-??-?? ??:??"
                let score = s.score.map(String.init) ?? "–"
                right = Self.padded(s.problem, to: problemWidth) + "  " + when + "  score "
                    + String(repeating: " ", count: max(0, 3 - score.count)) + score
            }
            let titleWidth = max(10, inner.width * 2 / 5)
            buffer.putTruncated(" " + s.title, x: inner.x, y: inner.y + r, maxWidth: titleWidth, style: style)
            buffer.putTruncated(right, x: inner.x + titleWidth + 1, y: inner.y + r, maxWidth: inner.width - titleWidth - 1, style: style)
        }
    }

    /// `text` cut with "…" or padded with spaces to exactly `width` columns.
    static func padded(_ text: String, to width: Int) -> String {
        let w = DisplayWidth.of(text)
        if w <= width { return text + String(repeating: " ", count: width - w) }
        var out = "", used = 0
        for ch in text {
            let cw = DisplayWidth.of(ch)
            if used + cw > width - 1 { break }
            out.append(ch); used += cw
        }
        return out + "…" + String(repeating: " ", count: max(0, width - 1 - used))
    }

    /// "2026-11-22 03:25" in UTC, so the screen is the same everywhere.
    static func formatDate(_ d: Date) -> String {
        let t = UTCDateTime(d)
        return "\(UTCDateTime.pad(t.year, 4))-\(UTCDateTime.pad(t.month, 2))-\(UTCDateTime.pad(t.day, 2)) "
            + "\(UTCDateTime.pad(t.hour, 2)):\(UTCDateTime.pad(t.minute, 2))"
    }

    /// Clicks pick a problem or a recent session (a second click on the selection opens it);
    /// the wheel moves the selection.
    static func handleMouse(_ state: inout AppState, _ m: MouseEvent) -> [Effect] {
        let layout = Layout(width: state.width, height: state.height, recentCount: state.recent.count)
        switch m.kind {
        case .wheelUp, .wheelDown:
            return App.reduce(&state, .startMove(m.kind == .wheelUp ? -1 : 1))
        case .press:
            if layout.problems.contains(x: m.x, y: m.y) {
                state.start.focus = .problems
                let inner = layout.problems.inset(1)
                let list = state.filteredProblems
                let top = max(0, state.start.selectedProblem - (inner.height - 1) + 1)
                let i = top + m.y - inner.y - 1
                if i >= 0 && i < list.count {
                    if i == state.start.selectedProblem { return App.reduce(&state, .startActivate) }
                    state.start.selectedProblem = i
                }
            } else if layout.recent.contains(x: m.x, y: m.y), !state.recent.isEmpty {
                state.start.focus = .recent
                let inner = layout.recent.inset(1)
                let top = max(0, state.start.selectedRecent - inner.height + 1)
                let i = top + m.y - inner.y
                if i >= 0 && i < state.recent.count {
                    if i == state.start.selectedRecent { return App.reduce(&state, .startActivate) }
                    state.start.selectedRecent = i
                }
            }
            return []
        default:
            return []
        }
    }
}

