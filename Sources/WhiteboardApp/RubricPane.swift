import Rubric
import TermUI
import WhiteboardCore

/// The rubric pane: the live total and the current step's trade-offs, covered / half /
/// missing, with the hint for each missing one.
public enum RubricPane {
    /// Draws the pane into `rect`.
    public static func render(_ b: WhiteboardState, in rect: Rect, into buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        buffer.border(rect, title: Pane.rubric.title, focused: b.focus == .rubric)
        let inner = rect.inset(1)
        let rows = lines(b, width: inner.width)
        for r in 0..<inner.height {
            let i = b.rubricScroll + r
            guard i < rows.count else { break }
            buffer.put(rows[i].text, x: inner.x, y: inner.y + r, maxWidth: inner.width, style: rows[i].style)
        }
    }

    /// The pane's rows before scrolling, wrapped to `width`.
    static func lines(_ b: WhiteboardState, width: Int) -> [(text: String, style: Style)] {
        guard width > 0 else { return [] }
        var out: [(String, Style)] = []
        func add(_ text: String, _ style: Style = .plain, indent: String = "") {
            for (i, l) in TextWrap.lines(text, width: max(1, width - indent.count)).enumerated() {
                out.append(((i == 0 ? "" : indent) + l, style))
            }
        }
        guard let report = b.report else {
            add("No rubric: the templates have no problem \"\(b.session.problem)\".", Theme.secondary)
            return out
        }
        add("Total \(report.total)/100", Theme.title)
        if let s = report.step(b.step) {
            add("\(b.step.title): \(s.score)", Theme.heading)
            if s.tradeoffs.isEmpty { add("No trade-offs listed for this step.", Theme.secondary) }
            for t in s.tradeoffs {
                switch t.coverage {
                case .covered: add("✓ " + t.title, Theme.covered, indent: "  ")
                case .half: add("◐ " + t.title, Theme.half, indent: "  ")
                case .missing:
                    add("✗ " + t.title, Theme.missing, indent: "  ")
                    add("  " + t.hint, Theme.secondary, indent: "  ")
                }
            }
        }
        if !report.diagram.missingComponents.isEmpty {
            add("Diagram \(report.diagram.score): missing " + report.diagram.missingComponents.joined(separator: ", "), Theme.secondary, indent: "  ")
        }
        return out
    }
}
