import TermUI
import WhiteboardCore

/// The step list: the seven steps by title, each with a written/empty mark and its score.
public enum NavigatorPane {
    /// Draws the pane into `rect`.
    public static func render(_ b: WhiteboardState, in rect: Rect, into buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        buffer.border(rect, title: Pane.navigator.title, focused: b.focus == .navigator)
        let inner = rect.inset(1)
        for (i, step) in StepID.allCases.enumerated() where i < inner.height {
            let y = inner.y + i
            let written = b.model.hasText(step)
            let stepScore = b.report?.step(step)
            // An empty step can still score from sentences written in other steps: it is marked
            // ↳ (not ○, which would contradict the score) and names where the credit came from.
            let sources = written || (stepScore?.score ?? 0) == 0 ? [] : creditSources(of: step, in: b)
            let mark = written ? "●" : (sources.isEmpty ? "○" : "↳")
            let from = sources.isEmpty ? "" : " from " + sources.map { String($0.number) }.joined(separator: ",")
            let score = stepScore.map { String($0.score) } ?? "–"
            let scoreText = String(repeating: " ", count: max(0, 3 - score.count)) + score
            let current = step == b.step
            let style: Style = current ? (b.focus == .navigator ? Theme.selection : Theme.selectionUnfocused) : .plain
            buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style)
            let left = "\(mark) \(step.number) "
            let used = buffer.put(left, x: inner.x, y: y, style: style)
            let titleWidth = inner.width - used - 4 - from.count
            if titleWidth > 0 {
                buffer.putTruncated(step.title, x: inner.x + used, y: y, maxWidth: titleWidth, style: style)
            }
            if !from.isEmpty && inner.width - used - 4 >= from.count {
                var dimmed = style
                dimmed.dim = true
                buffer.put(from, x: inner.maxX - 4 - from.count, y: y, style: dimmed)
            }
            buffer.put(scoreText, x: inner.maxX - 3, y: y, maxWidth: 3, style: style)
        }
    }
}

extension NavigatorPane {
    /// The other steps whose sentences earned `step`'s score, in step order.
    static func creditSources(of step: StepID, in b: WhiteboardState) -> [StepID] {
        guard let scored = b.report?.step(step) else { return [] }
        var found = Set<StepID>()
        for (k, t) in scored.tradeoffs.enumerated() where t.level > 0 {
            for j in t.evidence.indices {
                if let place = b.evidencePlace(step: step, tradeoff: k, sentence: j), place.step != step { found.insert(place.step) }
            }
        }
        return StepID.allCases.filter(found.contains)
    }
}
