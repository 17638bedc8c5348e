import Foundation
import TermUI
import TextMetrics

/// The bottom row: problem, file, saved state, the interview clock with the current step's
/// budget, in the canvas its selection and mode, and the most useful keys (or a message such as a failed save). Past the step's
/// budget the clock turns to the warning style and the keys give way to a one-line warning;
/// a paused clock says so.
public enum StatusBar {
    /// Draws the bar into `rect` (one row).
    public static func render(_ b: WhiteboardState, now: Date, in rect: Rect, into buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect, style: Theme.statusBar)
        let problem = b.template?.title ?? b.model.record.problem
        let file = (b.path as NSString).lastPathComponent
        let saved = b.dirty ? "● unsaved" : "saved"
        let budgetSeconds = b.stepBudgetMinutes * 60
        let budget = b.stepBudgetMinutes > 0 ? "/\(b.stepBudgetMinutes)m" : ""
        let over = budgetSeconds > 0 && b.stepSeconds >= budgetSeconds
        let clock = (b.clockPaused ? "⏸ " : "⏱ ") + "\(TimeText.clock(b.elapsedSeconds)) · step \(TimeText.clock(b.stepSeconds))\(budget)"
            + (b.clockPaused ? " paused" : "")
        let hints = KeyHint.whiteboard.map { KeyHint.text($0, in: Keymaps.whiteboard) }
        let fullKeys = hints[0], shortKeys = hints[1]
        let warning = over ? "step over its \(b.stepBudgetMinutes) min budget by \(TimeText.clock(b.stepSeconds - budgetSeconds)): C-n moves on" : nil
        let notice = b.message ?? warning
        let keysStyle = notice == nil ? Theme.statusBar : Theme.statusBar.bolded()
        // Problem, saved state and clock come first; then the keys shrink to the essential
        // ones, then the file name gives way.
        // With the canvas focused: its selection and mode, before the file (which goes first).
        var parts = [problem, saved, clock] + (b.focus == .canvas ? [CanvasPane.statusText(b)] : []) + [file]
        func left(_ p: [String]) -> String { " " + p.joined(separator: " │ ") + " " }
        func fits(_ keys: String) -> Bool { DisplayWidth.of(left(parts)) + DisplayWidth.of(keys) + 1 <= rect.width }
        var keys = notice ?? (fits(fullKeys) ? fullKeys : shortKeys)
        if !fits(keys) { parts.removeLast() }
        if notice == nil {
            keys = hints.first(where: fits) ?? hints[hints.count - 1]
        }
        let leftText = left(parts)
        let keysWidth = max(min(DisplayWidth.of(keys) + 1, rect.width - DisplayWidth.of(leftText)), min(9, rect.width / 3))
        buffer.putTruncated(leftText, x: rect.x, y: rect.y, maxWidth: rect.width - keysWidth, style: Theme.statusBar)
        if over || b.clockPaused {
            // The clock part again, in the warning style (red; bold without colour).
            let before = " " + parts.prefix(2).joined(separator: " │ ") + " │ "
            let x = rect.x + DisplayWidth.of(before)
            if x < rect.x + rect.width - keysWidth {
                buffer.putTruncated(clock, x: x, y: rect.y, maxWidth: rect.x + rect.width - keysWidth - x,
                                    style: over ? Theme.clockOver : Theme.statusBar.bolded())
            }
        }
        buffer.putTruncated(keys, x: rect.maxX - keysWidth + 1, y: rect.y, maxWidth: keysWidth - 1, style: keysStyle)
    }
}
