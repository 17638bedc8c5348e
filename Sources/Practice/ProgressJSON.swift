import WhiteboardCore

extension ProgressReport {
    /// The `mlsd progress --json` object (docs/practice.md).
    public func jsonValue(skipped: [SkippedFile] = []) -> JSONValue {
        func n(_ v: Int) -> JSONValue { .number(Double(v)) }
        return .object([
            "sessions": n(sessionCount),
            "drills": n(drillCount),
            "problems": .array(problems.map { p in
                .object([
                    "id": .string(p.id), "title": .string(p.title), "sessions": n(p.sessions),
                    "dates": .array(p.dates.map { .string(ISO8601.format($0)) }),
                    "totals": .array(p.totals.map(n)),
                    "sparkline": .string(Sparkline.render(p.totals)),
                    "steps": .array(p.steps.map { s in .object(["id": .string(s.step.rawValue), "scores": .array(s.scores.map(n))]) }),
                ])
            }),
            "weakTradeoffs": .array(weakTradeoffs.map { t in
                .object([
                    "id": .string(t.id), "title": .string(t.title), "step": .string(t.step.rawValue),
                    "sessions": n(t.sessions), "missing": n(t.missing), "half": n(t.half), "covered": n(t.covered),
                    "lastLevel": n(t.lastLevel), "core": .bool(t.core),
                    "problems": .array(t.problems.map { .string($0) }),
                ])
            }),
            "timedSessions": n(timedSessions),
            "overBudget": .array(overBudget.map { t in
                .object([
                    "step": .string(t.step.rawValue), "timedSessions": n(t.timedSessions), "overBudget": n(t.overBudget),
                    "meanSecondsOver": n(t.meanSecondsOver), "worstSecondsOver": n(t.worstSecondsOver),
                ])
            }),
            "skipped": .array(skipped.map { .object(["file": .string($0.path), "reason": .string($0.reason)]) }),
        ])
    }
}
