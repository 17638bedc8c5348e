import Foundation
import Rubric
import WhiteboardCore

/// What is derived from the model by scoring it: the latest report, when it was made, whether
/// the text changed since, and where the report's quoted sentences stand in the answer. Built
/// only by `WhiteboardState.score(catalogue:now:)`.
public struct WhiteboardScore: Equatable, Sendable {
    public var report: ScoreReport?
    /// The text or the canvas changed since the last score.
    public var due = true
    public var lastScoredAt: Date
    /// Where each trade-off's quoted sentences stand in the documents, found when the score was
    /// made: `places[step][tradeoff][sentence]` (nil when no step holds the sentence).
    public internal(set) var places: [StepID: [[EvidenceLocation?]]] = [:]
    /// The compiled rubric and one analysis per step, so a rescore redoes only the edited steps.
    var analyses = StepAnalyses()

    public init(now: Date) { lastScoredAt = now }
}

/// The problem's rubric, compiled once when the session is first scored, and the analysis of
/// each step's text as last scored. A cache of what the template and the texts determine, so
/// two of them are equal when they are for the same template and the same steps are stale.
struct StepAnalyses: Equatable, Sendable {
    var rubric: CompiledRubric?
    var byStep: [StepID: StepAnalysis] = [:]
    /// Steps whose text changed since their analysis (all of them before the first score).
    var stale = Set(StepID.allCases)

    static func == (a: StepAnalyses, b: StepAnalyses) -> Bool {
        a.rubric?.template.id == b.rubric?.template.id && a.stale == b.stale && Set(a.byStep.keys) == Set(b.byStep.keys)
    }
}
