import Foundation
import WhiteboardCore

/// The plain-text form of a score report (used by `mlsd score` and `mlsd export`).
public enum ScoreReportText {
    /// Width of the per-step bar in characters.
    public static let barWidth = 20

    /// Total, a bar per step, the diagram score, then for each step the missing and
    /// half-covered trade-offs with their hints. ASCII only; no trailing spaces.
    public static func render(_ report: ScoreReport) -> String {
        var out = "Total: \(report.total)/100"
        out += report.listPenalty > 0 ? " (\(report.listPenalty) off for trade-offs only named in bare lists)\n\n" : "\n\n"
        let titleWidth = StepID.allCases.map { $0.title.count }.max()! + 3
        for s in report.steps {
            let name = "\(s.step.number). \(s.step.title)".padding(toLength: titleWidth, withPad: " ", startingAt: 0)
            if s.tradeoffs.isEmpty {
                out += "  \(name) (no trade-offs listed)\n"
                continue
            }
            let filled = (s.score * barWidth + 50) / 100
            let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: barWidth - filled)
            out += "  \(name) [\(bar)] \(String(repeating: " ", count: 3 - String(s.score).count))\(s.score)\n"
        }
        let d = report.diagram
        out += "\nDiagram: \(d.score)/100\n"
        if !d.missingComponents.isEmpty { out += "  missing components: \(d.missingComponents.joined(separator: ", "))\n" }
        if !d.missingFlows.isEmpty { out += "  missing flows: \(d.missingFlows.joined(separator: "; "))\n" }
        for s in report.steps {
            let gaps = s.tradeoffs.filter { $0.coverage != .covered || !$0.contradictions.isEmpty }
            guard !gaps.isEmpty else { continue }
            out += "\n\(s.step.number). \(s.step.title)\n"
            for t in gaps {
                let state = t.level == 0 ? "missing" : t.coverage == .covered ? "covered (level \(t.level))" : "half (level \(t.level))"
                out += "  - \(t.title) [\(t.id)]: \(state)\n"
                for c in t.contradictions {
                    out += "    contradiction: \(c.reason)\n      \"\(oneLine(c.choice))\"\n"
                    if c.conflictsWith != c.choice { out += "      vs \"\(oneLine(c.conflictsWith))\"\n" }
                }
                if t.level > 0, let lacking = lacks(t) { out += "    this answer: \(lacking)\n" }
                out += "    hint: \(t.hint)\n"
            }
        }
        return out
    }

    /// What a half-covered trade-off lacks in this answer, in words ("names a side but no decision;
    /// no reason given; no cost named"), or nil when nothing is missing.
    static func lacks(_ t: TradeoffScore) -> String? {
        guard !t.missing.isEmpty else { return nil }
        var parts: [String] = []
        if t.missing.contains(.decision) { parts.append("names a side but makes no decision") }
        if t.missing.contains(.reason) { parts.append("no reason given") }
        if t.missing.contains(.cost) { parts.append("no cost named") }
        return parts.joined(separator: "; ")
    }

    private static func oneLine(_ s: String) -> String { s.split(whereSeparator: \.isNewline).joined(separator: " ") }
}
