import WhiteboardCore

/// How well a session covers its problem's trade-offs and diagram, with the evidence for
/// every point awarded. Produced by `Rubric.score`.
public struct ScoreReport: Equatable, Sendable {
    /// Session total, 0–100: the mean of the step scores (steps that list trade-offs), minus `listPenalty`.
    public var total: Int
    /// One entry per step, in framework order.
    public var steps: [StepScore]
    public var diagram: DiagramScore
    /// Points taken off the total because some trade-offs were only named inside bare lists of
    /// terms: half of the step points those list mentions earned, averaged over the steps.
    public var listPenalty: Int

    public init(total: Int, steps: [StepScore], diagram: DiagramScore, listPenalty: Int = 0) {
        self.total = total
        self.steps = steps
        self.diagram = diagram
        self.listPenalty = listPenalty
    }

    /// The score of one step.
    public func step(_ id: StepID) -> StepScore? { steps.first { $0.step == id } }
}

/// The score of one step: 0–100 from its trade-offs' levels and weights.
public struct StepScore: Equatable, Sendable {
    public var step: StepID
    public var score: Int
    /// The trade-offs the template lists under this step, in template order.
    public var tradeoffs: [TradeoffScore]

    public init(step: StepID, score: Int, tradeoffs: [TradeoffScore]) {
        self.step = step
        self.score = score
        self.tradeoffs = tradeoffs
    }
}

/// How far one trade-off was discussed.
public struct TradeoffScore: Equatable, Sendable {
    public var id: String
    public var title: String
    /// 0 not mentioned; 1 a side named; 2 sides contrasted or one chosen; 3 a choice with a
    /// grounded reason; 4 that plus an acknowledged cost, mitigation or boundary.
    public var level: Int
    public var weight: TradeoffRef.Weight
    /// The sentence(s) that earned the level; empty at level 0.
    public var evidence: [String]
    /// What a justified choice sounds like (from the catalogue).
    public var hint: String
    /// Where this answer contradicts itself on this trade-off (both sides chosen, or a choice
    /// against a constraint the answer stated); each lowers the level.
    public var contradictions: [Contradiction]

    /// What this answer still lacks, in ladder order: a decision, a reason, a cost. Empty at
    /// level 4. The rubric fills it from what it found (a cost named without a reason leaves only
    /// the reason missing); when not given it is derived from the level (levels 0–1 lack all
    /// three, 2 the reason and the cost, 3 the cost).
    public var missing: [Part]

    public init(id: String, title: String, level: Int, weight: TradeoffRef.Weight, evidence: [String], hint: String,
                contradictions: [Contradiction] = [], missing: [Part]? = nil) {
        self.id = id; self.title = title; self.level = level; self.weight = weight
        self.evidence = evidence; self.hint = hint; self.contradictions = contradictions
        self.missing = level >= 4 ? [] : (missing ?? Self.missing(atLevel: level))
    }

    /// The parts a level lacks on the ladder: decision, reason and cost below 2; reason and cost at
    /// 2; cost at 3; none at 4.
    public static func missing(atLevel level: Int) -> [Part] {
        switch level {
        case ...1: [.decision, .reason, .cost]
        case 2: [.reason, .cost]
        case 3: [.cost]
        default: []
        }
    }

    /// A part of a justified trade-off discussion.
    public enum Part: String, Sendable { case decision, reason, cost }

    /// Covered (3–4), half-covered (1–2) or missing (0).
    public var coverage: Coverage {
        switch level {
        case 3...: .covered
        case 1...2: .half
        default: .missing
        }
    }

    public enum Coverage: String, Sendable { case covered, half, missing }
}

/// Two statements of one answer that cannot both hold, quoted as written.
public struct Contradiction: Equatable, Sendable {
    /// Why they conflict, e.g. "chooses both sides" or "a 70B model does not fit the 10 ms budget".
    public var reason: String
    /// The sentence that made the choice.
    public var choice: String
    /// The sentence it conflicts with (the other choice, or the stated constraint).
    public var conflictsWith: String

    public init(reason: String, choice: String, conflictsWith: String) {
        self.reason = reason; self.choice = choice; self.conflictsWith = conflictsWith
    }
}

/// How much of the expected architecture the canvas shows.
public struct DiagramScore: Equatable, Sendable {
    /// 0–100.
    public var score: Int
    public var missingComponents: [String]
    /// Expected flows with no matching arrow, as "A -> B".
    public var missingFlows: [String]

    public init(score: Int, missingComponents: [String], missingFlows: [String]) {
        self.score = score
        self.missingComponents = missingComponents
        self.missingFlows = missingFlows
    }
}
