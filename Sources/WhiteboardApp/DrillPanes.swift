import Foundation
import Practice
import Rubric
import TermUI
import TextMetrics

/// A drill on the whiteboard: the problem context in place of the canvas, the score on the
/// drilled trade-off alone in place of the rubric, and a three-minute countdown in the status bar.
public enum DrillPanes {
    /// Seconds left of the drill's three minutes (negative once over).
    public static func secondsLeft(_ b: WhiteboardState) -> Int { DrillPlan.seconds - b.stepSeconds }

    /// The two context lines, wrapped, where the canvas goes.
    static func renderContext(_ plan: DrillPlan, in rect: Rect, into buffer: inout Buffer) {
        guard rect.width > 2, rect.height > 2 else { return }
        buffer.border(rect, title: "Drill: \(plan.tradeoff.title)")
        let inner = rect.inset(1)
        var rows: [(String, Style)] = []
        for (i, line) in plan.contextLines.enumerated() {
            for l in TextWrap.lines(line, width: max(1, inner.width)) { rows.append((l, i == 0 ? Theme.heading : .plain)) }
        }
        rows.append(("", .plain))
        rows.append(("Answer in a few sentences: which side, why, and what it costs.", Theme.secondary))
        for (i, r) in rows.enumerated() where i < inner.height {
            buffer.put(r.0, x: inner.x, y: inner.y + i, maxWidth: inner.width, style: r.1)
        }
    }

    /// The drilled trade-off's score, where the rubric goes.
    static func renderScore(_ b: WhiteboardState, plan: DrillPlan, in rect: Rect, into buffer: inout Buffer) {
        guard rect.width > 2, rect.height > 2 else { return }
        buffer.border(rect, title: "Drill score", focused: b.focus == .rubric)
        let inner = rect.inset(1)
        let w = max(1, inner.width)
        var rows: [(String, Style)] = TextWrap.lines(plan.tradeoff.title, width: w).map { ($0, Theme.heading) }
        let score = b.report?.step(plan.step)?.tradeoffs.first { $0.id == plan.tradeoff.id }
        if let s = score {
            let style = s.level >= 3 ? Theme.covered : s.level > 0 ? Theme.half : Theme.missing
            rows.append(("Level \(s.level) of 4 (\(s.coverage.rawValue))", style))
            if !s.missing.isEmpty {
                for l in TextWrap.lines("lacking: " + s.missing.map(\.rawValue).joined(separator: ", "), width: w) { rows.append((l, .plain)) }
            }
            for e in s.evidence.prefix(2) {
                for l in TextWrap.lines("“" + e + "”", width: w) { rows.append((l, Theme.secondary)) }
            }
            for c in s.contradictions {
                for l in TextWrap.lines("contradiction: " + c.reason, width: w) { rows.append((l, Theme.warning)) }
            }
            if s.level < 4 {
                rows.append(("", .plain))
                for l in TextWrap.lines("hint: " + plan.problem.hintText(plan.tradeoff.hint), width: w) { rows.append((l, .plain)) }
            }
        } else {
            rows.append(("not scored yet", Theme.secondary))
        }
        for (i, r) in rows.enumerated() where i < inner.height {
            buffer.put(r.0, x: inner.x, y: inner.y + i, maxWidth: inner.width, style: r.1)
        }
    }

    /// The status bar of a drill: the countdown first.
    static func renderStatus(_ b: WhiteboardState, plan: DrillPlan, in rect: Rect, into buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        buffer.fill(rect, style: Theme.statusBar)
        let left = secondsLeft(b)
        let clock = left > 0 ? "⏱ \(TimeText.clock(left)) left" : "⏱ time is up (\(TimeText.clock(-left)) over)"
        let saved = b.dirty ? "● unsaved" : "saved"
        let keys = b.message ?? "C-s save  C-q quit  F1 help"
        let text = " Drill: \(plan.tradeoff.title) │ \(clock) │ \(saved) │ \(keys)"
        buffer.putTruncated(text, x: rect.x, y: rect.y, maxWidth: rect.width, style: Theme.statusBar)
        if left <= 0 {
            let x = rect.x + DisplayWidth.of(" Drill: \(plan.tradeoff.title) │ ")
            if x < rect.maxX { buffer.putTruncated(clock, x: x, y: rect.y, maxWidth: rect.maxX - x, style: Theme.clockOver) }
        }
    }
}
