import Rubric
import TermUI
import WhiteboardCore

/// The rubric pane: the live total and, for the current step, each trade-off with its level,
/// the quoted sentence(s) that earned it (and the step they are in when it is another one),
/// what the answer still lacks, any contradiction, and the hint for a missing one. The
/// selected trade-off is highlighted; Enter jumps to its first quoted sentence in the answer.
public enum RubricPane {
    /// One row of the pane: its text, style and the trade-off (index in the step) it belongs to.
    public struct Row: Equatable, Sendable {
        public var text: String
        public var style: Style
        public var tradeoff: Int?
        /// The row naming the trade-off (highlighted when selected).
        public var isTitle: Bool
    }

    /// Draws the pane into `rect`.
    public static func render(_ b: WhiteboardState, in rect: Rect, into buffer: inout Buffer) {
        guard !rect.isEmpty else { return }
        let focused = b.focus == .rubric
        buffer.border(rect, title: focused ? Pane.rubric.title + " · j/k pick, Enter quotes" : Pane.rubric.title, focused: focused)
        let inner = rect.inset(1)
        let rows = lines(b, width: inner.width)
        for r in 0..<inner.height {
            let i = b.rubricScroll + r
            guard i < rows.count else { break }
            let row = rows[i]
            var style = row.style
            if row.isTitle && row.tradeoff == b.rubricSelection {
                style = focused ? Theme.selection : style.bolded()
                if focused { buffer.fill(Rect(x: inner.x, y: inner.y + r, width: inner.width, height: 1), style: style) }
            }
            buffer.put(row.text, x: inner.x, y: inner.y + r, maxWidth: inner.width, style: style)
        }
    }

    /// The pane's rows before scrolling, wrapped to `width`.
    public static func lines(_ b: WhiteboardState, width: Int) -> [Row] {
        guard width > 0 else { return [] }
        var out: [Row] = []
        func add(_ text: String, _ style: Style = .plain, indent: String = "", tradeoff: Int? = nil, title: Bool = false) {
            for (i, l) in TextWrap.lines(text, width: max(1, width - indent.count)).enumerated() {
                out.append(Row(text: (i == 0 ? "" : indent) + l, style: style, tradeoff: tradeoff, isTitle: title && i == 0))
            }
        }
        guard let report = b.report else {
            add("No rubric: the templates have no problem \"\(b.model.record.problem)\".", Theme.secondary)
            return out
        }
        add("Total \(report.total)/100", Theme.title)
        if let s = report.step(b.step) {
            add("\(b.step.number). \(b.step.title): \(s.score)", Theme.heading)
            if s.tradeoffs.isEmpty { add("No trade-offs listed for this step.", Theme.secondary) }
            for (k, t) in s.tradeoffs.enumerated() {
                let mark: String, style: Style
                switch t.coverage {
                case .covered: mark = "✓"; style = Theme.covered
                case .half: mark = "◐"; style = Theme.half
                case .missing: mark = "✗"; style = Theme.missing
                }
                add("\(mark) \(t.title) \(t.level)/4", style, indent: "  ", tradeoff: k, title: true)
                for (j, sentence) in t.evidence.enumerated() {
                    let place = b.evidencePlace(step: b.step, tradeoff: k, sentence: j)
                    let from = place.map { $0.step == b.step ? "" : "(in \($0.step.number). \($0.step.title)) " } ?? ""
                    add("  " + from + "“" + oneLine(sentence) + "”", Theme.secondary, indent: "   ", tradeoff: k)
                }
                for c in t.contradictions {
                    add("  ⚠ " + c.reason + ": “" + oneLine(c.choice) + "” vs “" + oneLine(c.conflictsWith) + "”",
                        Theme.warning, indent: "    ", tradeoff: k)
                }
                if t.level == 0 {
                    add("  " + (b.template?.hintText(t.hint) ?? t.hint), Theme.secondary, indent: "  ", tradeoff: k)
                } else if !t.missing.isEmpty {
                    add("  needs " + missingText(t.missing), Theme.half, indent: "    ", tradeoff: k)
                }
            }
            let elsewhere = s.tradeoffs.indices.contains { k in
                s.tradeoffs[k].evidence.indices.contains { j in
                    b.evidencePlace(step: b.step, tradeoff: k, sentence: j).map { $0.step != b.step } ?? false
                }
            }
            if elsewhere {
                add("* part of this score comes from sentences in other steps", Theme.secondary, indent: "  ")
            }
        }
        let d = report.diagram
        if d.missingComponents.isEmpty && d.missingFlows.isEmpty {
            add("Diagram \(d.score): every expected component and flow", Theme.secondary, indent: "  ")
        } else {
            var parts: [String] = []
            if !d.missingComponents.isEmpty { parts.append("missing " + d.missingComponents.joined(separator: ", ")) }
            if !d.missingFlows.isEmpty { parts.append("no arrow " + d.missingFlows.joined(separator: ", ")) }
            add("Diagram \(d.score): " + parts.joined(separator: "; "), Theme.secondary, indent: "  ")
        }
        return out
    }

    /// "a decision, a reason and a cost" for the parts a trade-off still lacks.
    static func missingText(_ parts: [TradeoffScore.Part]) -> String {
        let words = parts.map { p -> String in
            switch p {
            case .decision: "a decision"
            case .reason: "a reason tied to this problem"
            case .cost: "a cost or limit"
            }
        }
        switch words.count {
        case 0: return ""
        case 1: return words[0]
        default: return words.dropLast().joined(separator: ", ") + " and " + words.last!
        }
    }

    /// The first row of trade-off `k`, for scrolling the selection into view.
    static func firstRow(of k: Int, in rows: [Row]) -> Int? { rows.firstIndex { $0.tradeoff == k && $0.isTitle } }

    private static func oneLine(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
    }
}
