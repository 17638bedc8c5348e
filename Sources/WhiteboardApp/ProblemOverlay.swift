import TermUI
import WhiteboardCore

/// The problem, whole: statement, scale and constraints, and every step's prompts and talking
/// points (the current step first), scrollable. Opened with F5 or M-p from any pane.
public enum ProblemOverlay {
    /// The overlay's rows for a content width.
    public static func lines(_ b: WhiteboardState, width: Int) -> [(text: String, style: Style)] {
        var out: [(String, Style)] = []
        let w = max(1, width)
        func add(_ text: String, _ style: Style = .plain, bullet: Bool = false) {
            let body = TextWrap.lines(text, width: max(1, w - (bullet ? 2 : 0)))
            for (i, l) in body.enumerated() { out.append(((bullet ? (i == 0 ? "• " : "  ") : "") + l, style)) }
        }
        guard let t = b.template else {
            add("No template for problem \"\(b.model.record.problem)\".", Theme.secondary)
            return out
        }
        add(t.title, Theme.title)
        out.append(("", .plain))
        add(t.statement.trimmingCharacters(in: .whitespacesAndNewlines))
        if !t.assumptions.isEmpty {
            out.append(("", .plain))
            add("Scale and constraints", Theme.heading)
            for a in t.orderedAssumptions { add("\(a.key): \(a.value)", .plain, bullet: true) }
        }
        let order = [b.step] + StepID.allCases.filter { $0 != b.step }
        for step in order {
            let st = t.step(step)
            out.append(("", .plain))
            let budget = st.minutes > 0 ? " (\(st.minutes) min)" : ""
            add("\(step.number). \(step.title)\(budget)" + (step == b.step ? " · this step" : ""), Theme.heading)
            if !st.prompts.isEmpty {
                add("Cover:", Theme.secondary)
                for p in st.prompts { add(p, .plain, bullet: true) }
            }
            if !st.talkingPoints.isEmpty {
                add("Ask:", Theme.secondary)
                for p in st.talkingPoints { add(p, .plain, bullet: true) }
            }
        }
        return out
    }

    /// The overlay's content width for a screen width.
    static func width(screenWidth: Int) -> Int { max(1, min(screenWidth - 4, 100) - 2) }

    static func render(_ b: WhiteboardState, into buffer: inout Buffer, scroll: Int) {
        let width = Self.width(screenWidth: buffer.width)
        let rect = buffer.area.centered(width: width + 2, height: buffer.height - 2)
        buffer.fill(rect)
        buffer.border(rect, title: "Problem — Esc closes, j/k scroll", focused: true)
        let inner = rect.inset(1)
        let rows = lines(b, width: inner.width)
        for r in 0..<inner.height {
            let i = scroll + r
            guard i < rows.count else { break }
            buffer.put(rows[i].text, x: inner.x, y: inner.y + r, maxWidth: inner.width, style: rows[i].style)
        }
        if scroll + inner.height < rows.count {
            buffer.put(" more below ↓ ", x: rect.maxX - 16, y: rect.maxY - 1, maxWidth: 14, style: Theme.secondary)
        }
    }
}
