import WhiteboardCore

/// Scores sessions against a problem template. Pure: no I/O, no terminal.
public enum Rubric {
    /// Scores `session` against `template`, looking trade-offs up in `catalogue`.
    ///
    /// Compiles the rubric on every call; callers that score repeatedly (the whiteboard, on every
    /// keystroke) should build a `CompiledRubric` once and call its `score(_:)`.
    public static func score(_ session: Session, template: ProblemTemplate, catalogue: TradeoffCatalogue) -> ScoreReport {
        CompiledRubric(template: template, catalogue: catalogue).score(session)
    }
}
