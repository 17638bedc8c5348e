import Practice
import TermUI

/// The Start screen's Progress view, in place of the problem picker: the drill entry, a line
/// about unreadable session files, and the `mlsd progress` text, scrollable.
public enum ProgressPane {
    /// The area the view takes: the problem picker and the problem details together.
    static func rect(_ state: AppState) -> Rect {
        let l = StartView.Layout(width: state.width, height: state.height, recentCount: state.recent.count)
        return Rect(x: l.problems.x, y: l.problems.y, width: l.problems.width + l.details.width, height: l.problems.height)
    }

    /// Rows of progress text visible at once (below the drill entry, its note and a gap).
    static func textHeight(_ state: AppState) -> Int { max(1, rect(state).height - 2 - 3) }

    /// The Start screen's status line while the view shows.
    static let statusText = " Progress · ↑/↓ PgUp/PgDn scroll · Enter drill your weakest trade-off · Tab new problem · type to filter · C-q quit"

    static func render(_ state: AppState, into buffer: inout Buffer) {
        let rect = rect(state)
        guard rect.width > 2, rect.height > 2 else { return }
        buffer.border(rect, title: "Progress: every session in the sessions folder", focused: true)
        let inner = rect.inset(1)
        let p = state.start.practice
        guard case .loaded(let summary) = p.progress else {
            buffer.put("reading and scoring the sessions folder…", x: inner.x, y: inner.y, maxWidth: inner.width, style: Theme.secondary)
            return
        }
        if let plan = summary.drill {
            let entry = " ▶ Drill your weakest trade-off: \(plan.tradeoff.title) (\(plan.problem.title)) · 3 min · Enter"
            buffer.fill(Rect(x: inner.x, y: inner.y, width: inner.width, height: 1), style: Theme.selection)
            buffer.putTruncated(entry, x: inner.x, y: inner.y, maxWidth: inner.width, style: Theme.selection)
        } else {
            buffer.putTruncated("no drill: \(summary.drillUnavailable ?? "nothing to drill")", x: inner.x, y: inner.y, maxWidth: inner.width, style: Theme.secondary)
        }
        if let note = summary.skippedNote, inner.height > 1 {
            buffer.putTruncated(note, x: inner.x, y: inner.y + 1, maxWidth: inner.width, style: Theme.warning)
        }
        let top = inner.y + 3
        for r in 0..<max(0, inner.maxY - top) {
            let i = p.scroll + r
            guard i < summary.lines.count else { break }
            let line = summary.lines[i]
            let heading = !line.hasPrefix(" ") && !line.isEmpty
            buffer.put(line, x: inner.x, y: top + r, maxWidth: inner.width, style: heading ? Theme.heading : .plain)
        }
        if p.scroll + max(0, inner.maxY - top) < summary.lines.count {
            buffer.putTruncated(" ↓ more ", x: inner.maxX - 8, y: rect.maxY - 1, maxWidth: 8, style: Theme.secondary)
        }
    }
}
