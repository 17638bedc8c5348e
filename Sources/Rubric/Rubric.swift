import WhiteboardCore

/// Scores sessions against a problem template. Pure: no I/O, no terminal.
///
/// Interim implementation (foundation issue): a trade-off reaches level 1 when a side's label
/// or alias appears in any step's text. The rubric issue replaces the body with the full
/// 0–4 ladder; the signature is the contract the CLI and the whiteboard use.
public enum Rubric {
    /// Scores `session` against `template`, looking trade-offs up in `catalogue`.
    public static func score(_ session: Session, template: ProblemTemplate, catalogue: TradeoffCatalogue) -> ScoreReport {
        let sentences = StepID.allCases.flatMap { step in
            session.text(of: step).split(whereSeparator: { ".!?\n".contains($0) }).map { String($0) }
        }
        let lowered = sentences.map { $0.lowercased() }
        var steps: [StepScore] = []
        var earned = 0
        var possible = 0
        for step in StepID.allCases {
            var scores: [TradeoffScore] = []
            var stepEarned = 0
            var stepPossible = 0
            for ref in template.step(step).tradeoffs {
                guard let t = catalogue[ref.id] else { continue }
                let phrases = t.sides.flatMap(\.phrases).map { $0.lowercased() }
                let hit = lowered.firstIndex { s in phrases.contains { s.contains($0) } }
                let level = hit == nil ? 0 : 1
                scores.append(TradeoffScore(id: t.id, title: t.title, level: level, weight: ref.weight,
                                            evidence: hit.map { [sentences[$0]] } ?? [], hint: t.hint))
                stepEarned += level * ref.weight.value
                stepPossible += 4 * ref.weight.value
            }
            earned += stepEarned
            possible += stepPossible
            steps.append(StepScore(step: step, score: stepPossible == 0 ? 0 : stepEarned * 100 / stepPossible, tradeoffs: scores))
        }
        return ScoreReport(total: possible == 0 ? 0 : earned * 100 / possible, steps: steps,
                           diagram: DiagramScore(score: 0, missingComponents: template.components.map(\.name), missingFlows: []))
    }
}
