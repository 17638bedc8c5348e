import Foundation
import TermUI

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
        // Keys on the right get priority; the file name gives way first.
        let keysWidth = min(rect.width / 2, keys.count + 1)
        let leftWidth = rect.width - keysWidth
        var parts = [problem, saved, clock, file]
        var left = " " + parts.joined(separator: " │ ")
        while left.count > leftWidth && parts.count > 2 {
            parts.removeLast()
            left = " " + parts.joined(separator: " │ ")
        }
        buffer.putTruncated(left, x: rect.x, y: rect.y, maxWidth: leftWidth, style: Theme.statusBar)
        buffer.putTruncated(keys, x: rect.maxX - keysWidth, y: rect.y, maxWidth: keysWidth, style: keysStyle)
    }
}
