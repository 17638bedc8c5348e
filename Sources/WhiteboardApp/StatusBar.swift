import Foundation
import TermUI
import TextMetrics

/// The bottom row: problem, file, saved state, the interview clock with the current step's
/// budget, and the most useful keys (or a message such as a failed save).
public enum StatusBar {
    /// Draws the bar into `rect` (one row).
    public static func render(_ b: WhiteboardState, now: Date, in rect: Rect, into buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect, style: Theme.statusBar)
        let problem = b.template?.title ?? b.session.problem
        let file = (b.path as NSString).lastPathComponent
        let saved = b.dirty ? "● unsaved" : "saved"
        let budget = b.stepBudgetMinutes > 0 ? "/\(b.stepBudgetMinutes)m" : ""
        let clock = "⏱ \(TimeText.clock(b.elapsedSeconds)) · step \(b.step.number) \(TimeText.clock(b.stepSeconds))\(budget)"
        let keys = b.message ?? "F1 help  C-s save  C-n/C-p step  Tab pane  C-q quit"
        let keysStyle = b.message == nil ? Theme.statusBar : Theme.statusBar.bolded()
        // The clock and saved state come first; the file name gives way, then the keys shrink.
        var parts = [problem, saved, clock, file]
        func left(_ p: [String]) -> String { " " + p.joined(separator: " │ ") + " " }
        if DisplayWidth.of(left(parts)) + DisplayWidth.of(keys) + 1 > rect.width { parts.removeLast() }
        let leftText = left(parts)
        let keysWidth = max(min(DisplayWidth.of(keys) + 1, rect.width - DisplayWidth.of(leftText)), min(9, rect.width / 3))
        buffer.putTruncated(leftText, x: rect.x, y: rect.y, maxWidth: rect.width - keysWidth, style: Theme.statusBar)
        buffer.putTruncated(keys, x: rect.maxX - keysWidth + 1, y: rect.y, maxWidth: keysWidth - 1, style: keysStyle)
    }
}
