import Rubric
import WhiteboardCore

/// What a drill practises: one trade-off of one problem, the step it belongs to, why it was
/// chosen, and the two lines of problem context shown before the answer. Pure.
public struct DrillPlan: Equatable, Sendable {
    public var problem: ProblemTemplate
    public var tradeoff: Tradeoff
    public var step: StepID
    public var source: Source

    /// A plan for `tradeoff` of `problem`, listed under `step`.
    public init(problem: ProblemTemplate, tradeoff: Tradeoff, step: StepID, source: Source) {
        self.problem = problem; self.tradeoff = tradeoff; self.step = step; self.source = source
    }

    /// Why this trade-off.
    public enum Source: Equatable, Sendable {
        /// The weakest in progress: not covered in `notCovered` of `sessions`.
        case weakest(notCovered: Int, sessions: Int)
        /// Named with `--tradeoff`.
        case given
        /// No weak trade-off in the history: the problem's first core trade-off.
        case firstCore
    }

    /// Plans a drill: `tradeoff` when given, else the weakest trade-off in `progress` (among
    /// those `problem` lists, when given), else the first core trade-off of `problem` (or of the
    /// first problem). Fails with a one-line reason for unknown ids.
    public static func plan(progress: ProgressReport, library: TemplateLibrary, problem: String?, tradeoff: String?)
        throws(DrillError) -> DrillPlan {
        let chosenProblem: ProblemTemplate?
        if let problem {
            guard let p = library.problem(id: problem) else {
                throw DrillError("unknown problem \"\(problem)\"; one of: \(library.problems.map(\.id).joined(separator: ", "))")
            }
            chosenProblem = p
        } else {
            chosenProblem = nil
        }
        if let tradeoff {
            guard let t = library.catalogue[tradeoff] else { throw DrillError("unknown trade-off \"\(tradeoff)\" (see templates/catalogue.yaml)") }
            let recent = progress.weakTradeoffs.first { $0.id == tradeoff }?.problems.last.flatMap(library.problem(id:))
            guard let p = chosenProblem ?? recent ?? library.problems.first(where: { lists($0, tradeoff) }) else {
                throw DrillError("no problem lists the trade-off \"\(tradeoff)\"")
            }
            guard let step = step(of: tradeoff, in: p) else { throw DrillError("\(p.id) does not list the trade-off \"\(tradeoff)\"") }
            return DrillPlan(problem: p, tradeoff: t, step: step, source: .given)
        }
        if let weak = progress.weakTradeoffs.first(where: { w in
            library.catalogue[w.id] != nil && (chosenProblem.map { lists($0, w.id) } ?? true)
        }) {
            let p = chosenProblem ?? weak.problems.last.flatMap(library.problem(id:)) ?? library.problems.first { lists($0, weak.id) }
            if let p, let step = step(of: weak.id, in: p) {
                return DrillPlan(problem: p, tradeoff: library.catalogue[weak.id]!, step: step,
                                 source: .weakest(notCovered: weak.missing + weak.half, sessions: weak.sessions))
            }
        }
        guard let p = chosenProblem ?? library.problems.first,
              let first = p.tradeoffRefs.first(where: { $0.ref.weight == .core && library.catalogue[$0.ref.id] != nil }) else {
            throw DrillError("no trade-off to drill: the templates list no core trade-offs")
        }
        return DrillPlan(problem: p, tradeoff: library.catalogue[first.ref.id]!, step: first.step, source: .firstCore)
    }

    static func lists(_ p: ProblemTemplate, _ id: String) -> Bool { p.tradeoffRefs.contains { $0.ref.id == id } }
    static func step(of id: String, in p: ProblemTemplate) -> StepID? { p.tradeoffRefs.first { $0.ref.id == id }?.step }

    /// Two lines: the problem and its opening sentence; the trade-off with its sides and the
    /// scale figure that bears on its step.
    public var contextLines: [String] {
        let statement = problem.statement.split(whereSeparator: \.isNewline).joined(separator: " ")
        let firstSentence = statement.split(separator: ".", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces) + "." } ?? statement
        var second = "\(step.number). \(step.title): \(tradeoff.sides.map(\.label).joined(separator: " or ")), which and why?"
        if let kind = FigureKind.allCases.first(where: { $0.steps.contains(step) && problem.assumptions[$0.assumptionKey] != nil }) {
            second += " Scale: " + problem.assumptions[kind.assumptionKey]!
        }
        return ["\(problem.title): \(firstSentence)", second]
    }

    /// The drill's result: the answer scored on this trade-off alone.
    public func score(_ session: Session, catalogue: TradeoffCatalogue) -> TradeoffScore? {
        Rubric.score(session, template: problem, catalogue: catalogue).step(step)?.tradeoffs.first { $0.id == tradeoff.id }
    }
}

extension FigureKind {
    /// The template assumption that states this kind of figure.
    var assumptionKey: String { self == .rate ? "catalogue" : rawValue }
}

/// Why a drill cannot be planned: one line.
public struct DrillError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
