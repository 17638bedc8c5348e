import WhiteboardCore

extension ScoreReport {
    /// The `mlsd score --json` object for one file (docs/score-format.md).
    public func jsonValue(file: String, problem: String) -> JSONValue {
        .object([
            "file": .string(file),
            "problem": .string(problem),
            "total": .number(Double(total)),
            "listPenalty": .number(Double(listPenalty)),
            "steps": .array(steps.map { s in
                .object([
                    "id": .string(s.step.rawValue),
                    "score": .number(Double(s.score)),
                    "tradeoffs": .array(s.tradeoffs.map { t in
                        .object([
                            "id": .string(t.id),
                            "title": .string(t.title),
                            "level": .number(Double(t.level)),
                            "evidence": .array(t.evidence.map { .string($0) }),
                            "missing": .array(t.missing.map { .string($0.rawValue) }),
                            "contradictions": .array(t.contradictions.map { c in
                                .object(["reason": .string(c.reason), "choice": .string(c.choice), "conflictsWith": .string(c.conflictsWith)])
                            }),
                        ])
                    }),
                ])
            }),
            "diagram": .object([
                "score": .number(Double(diagram.score)),
                "missingComponents": .array(diagram.missingComponents.map { .string($0) }),
                "missingFlows": .array(diagram.missingFlows.map { .string($0) }),
            ]),
        ])
    }
}
