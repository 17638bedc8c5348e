import Foundation
import WhiteboardCore

/// The text form of `mlsd progress`.
public enum ProgressText {
    /// At most this many weak trade-offs are listed (JSON lists all).
    public static let weakLimit = 10

    public static func render(_ r: ProgressReport) -> String {
        var out = "\(r.sessionCount) session\(r.sessionCount == 1 ? "" : "s") on \(r.problems.count) problem\(r.problems.count == 1 ? "" : "s")"
        if r.drillCount > 0 { out += ", \(r.drillCount) drill\(r.drillCount == 1 ? "" : "s")" }
        out += "\n"
        if r.sessionCount == 0 && r.drillCount == 0 { return out }

        if !r.problems.isEmpty {
            out += "\nScores over time (oldest to newest)\n"
            let nameWidth = max(12, StepID.allCases.map { $0.rawValue.count }.max()! + 2)
            for p in r.problems {
                let dates = "\(day(p.dates.first!))..\(day(p.dates.last!))"
                out += "  \(p.title) [\(p.id)]: \(p.sessions) session\(p.sessions == 1 ? "" : "s"), \(dates)\n"
                out += "    " + pad("total", nameWidth) + Sparkline.render(p.totals) + "  latest \(p.latest), best \(p.best)\n"
                for s in p.steps {
                    out += "    " + pad(s.step.rawValue, nameWidth) + Sparkline.render(s.scores) + "  latest \(s.scores.last ?? 0)\n"
                }
            }
        }

        out += "\nMost often missing or half-covered\n"
        if r.weakTradeoffs.isEmpty {
            out += "  none: every trade-off reached so far was covered\n"
        } else {
            let shown = r.weakTradeoffs.prefix(weakLimit)
            let idWidth = shown.map { $0.id.count }.max()! + 2
            for t in shown {
                var counts: [String] = []
                if t.missing > 0 { counts.append("missing \(t.missing)") }
                if t.half > 0 { counts.append("half \(t.half)") }
                out += "  " + pad(t.id, idWidth) + pad(t.step.rawValue, 12)
                out += "\(counts.joined(separator: ", ")) of \(t.sessions), last level \(t.lastLevel)  \(t.title)\n"
            }
            if r.weakTradeoffs.count > shown.count { out += "  … and \(r.weakTradeoffs.count - shown.count) more (--json lists all)\n" }
        }

        out += "\nOver the time budget\n"
        if r.timedSessions == 0 {
            out += "  no step times recorded yet (the whiteboard's interview clock records them)\n"
        } else if r.overBudget.isEmpty {
            out += "  none: every timed step stayed within its budget (\(r.timedSessions) timed session\(r.timedSessions == 1 ? "" : "s"))\n"
        } else {
            for t in r.overBudget {
                out += "  " + pad(t.step.rawValue, 12) + "\(t.overBudget) of \(t.timedSessions) timed over, by \(minutes(t.meanSecondsOver)) on average, at most \(minutes(t.worstSecondsOver))\n"
            }
        }
        return out
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
    }

    static func day(_ d: Date) -> String { String(ISO8601.format(d).prefix(10)) }

    /// "4 min 10 s", "45 s".
    static func minutes(_ seconds: Int) -> String {
        seconds < 60 ? "\(seconds) s" : seconds % 60 == 0 ? "\(seconds / 60) min" : "\(seconds / 60) min \(seconds % 60) s"
    }
}
