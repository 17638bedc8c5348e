import Foundation
import Rubric
import WhiteboardCore

/// What `mlsd progress` shows, computed from scored sessions. Pure: no files, no clock.
///
/// Full sessions give the per-problem score series; drills (`DrillSession`) count only for the
/// trade-off they practised. A trade-off counts in a session when its step has text (or it
/// earned a level anywhere), so steps never written do not flood the weak list.
public struct ProgressReport: Equatable, Sendable {
    /// Full sessions (not drills).
    public var sessionCount: Int
    public var drillCount: Int
    /// Problems with at least one full session, most sessions first, then by id.
    public var problems: [ProblemProgress]
    /// Trade-offs left missing or half-covered at least once, weakest first (see `TradeoffRecord`).
    public var weakTradeoffs: [TradeoffRecord]
    /// Per step, the sessions whose recorded time went over the template's budget.
    public var overBudget: [StepTiming]
    /// Sessions that had any step time recorded.
    public var timedSessions: Int

    public init(_ sessions: [ScoredSession]) {
        let ordered = sessions.sorted { ($0.date, $0.path) < ($1.date, $1.path) }
        let full = ordered.filter { $0.drilledTradeoff == nil }
        sessionCount = full.count
        drillCount = ordered.count - full.count
        problems = Self.problems(full)
        weakTradeoffs = Self.tradeoffs(ordered).filter { $0.missing + $0.half > 0 }
        (overBudget, timedSessions) = Self.timings(full)
    }

    static func problems(_ full: [ScoredSession]) -> [ProblemProgress] {
        var byProblem: [String: [ScoredSession]] = [:]
        for s in full { byProblem[s.template.id, default: []].append(s) }
        return byProblem.values.map { list in
            let t = list[0].template
            let steps = StepID.allCases.compactMap { step -> StepSeries? in
                guard !t.step(step).tradeoffs.isEmpty else { return nil }
                return StepSeries(step: step, scores: list.map { $0.report.step(step)?.score ?? 0 })
            }
            return ProblemProgress(id: t.id, title: t.title, dates: list.map(\.date), totals: list.map(\.report.total), steps: steps)
        }.sorted { ($0.dates.count, $1.id) > ($1.dates.count, $0.id) }
    }

    static func tradeoffs(_ sessions: [ScoredSession]) -> [TradeoffRecord] {
        var records: [String: TradeoffRecord] = [:]
        var order: [String] = []
        for s in sessions {
            let drilled = s.drilledTradeoff
            for stepScore in s.report.steps {
                let written = s.session.text(of: stepScore.step).contains { !$0.isWhitespace }
                for t in stepScore.tradeoffs {
                    if let drilled, drilled != t.id { continue }
                    guard written || t.level > 0 else { continue }
                    let key = t.id + "@" + stepScore.step.rawValue
                    if records[key] == nil {
                        records[key] = TradeoffRecord(id: t.id, title: t.title, step: stepScore.step)
                        order.append(key)
                    }
                    records[key]!.add(level: t.level, weight: t.weight, problem: s.template.id)
                }
            }
        }
        return order.map { records[$0]! }.sorted(by: TradeoffRecord.weaker)
    }

    static func timings(_ full: [ScoredSession]) -> ([StepTiming], Int) {
        var timed = 0
        var out: [StepTiming] = StepID.allCases.map { StepTiming(step: $0) }
        for s in full {
            var any = false
            for (i, step) in StepID.allCases.enumerated() {
                let spent = s.session.steps[step]?.secondsSpent ?? 0
                guard spent > 0 else { continue }
                any = true
                out[i].timedSessions += 1
                let budget = s.template.step(step).minutes * 60
                if budget > 0, spent > budget {
                    out[i].overBudget += 1
                    out[i].secondsOver += spent - budget
                    out[i].worstSecondsOver = max(out[i].worstSecondsOver, spent - budget)
                }
            }
            if any { timed += 1 }
        }
        return (out.filter { $0.overBudget > 0 }.sorted { ($0.overBudget, $1.step) > ($1.overBudget, $0.step) }, timed)
    }

    /// The weakest trade-off, optionally only among those a problem lists; nil when every
    /// trade-off so far was covered (or there is no history).
    public func weakest(problem: String? = nil) -> TradeoffRecord? {
        weakTradeoffs.first { problem == nil || $0.problems.contains(problem!) }
    }
}

/// One problem's full sessions over time, oldest first.
public struct ProblemProgress: Equatable, Sendable {
    public var id: String
    public var title: String
    public var dates: [Date]
    /// Session totals, 0–100, in date order.
    public var totals: [Int]
    /// The score series of every step that lists trade-offs.
    public var steps: [StepSeries]

    public var sessions: Int { totals.count }
    public var latest: Int { totals.last ?? 0 }
    public var best: Int { totals.max() ?? 0 }
}

/// One step's scores over a problem's sessions, oldest first.
public struct StepSeries: Equatable, Sendable {
    public var step: StepID
    public var scores: [Int]
}

/// How one trade-off (under one step) fared across the sessions that reached it.
public struct TradeoffRecord: Equatable, Sendable {
    public var id: String
    public var title: String
    /// The step the problems list it under.
    public var step: StepID
    /// Sessions (and drills) it was assessed in.
    public var sessions = 0
    public var missing = 0
    public var half = 0
    public var covered = 0
    /// The level in the most recent of those sessions.
    public var lastLevel = 0
    /// Sum of levels, for the mean.
    public var levelSum = 0
    /// Whether any problem lists it as core.
    public var core = false
    /// Problem ids it was assessed in, most recent last, without repeats.
    public var problems: [String] = []

    public init(id: String, title: String, step: StepID) {
        self.id = id; self.title = title; self.step = step
    }

    mutating func add(level: Int, weight: TradeoffRef.Weight, problem: String) {
        sessions += 1
        switch level {
        case 3...: covered += 1
        case 1...2: half += 1
        default: missing += 1
        }
        lastLevel = level
        levelSum += level
        if weight == .core { core = true }
        problems.removeAll { $0 == problem }
        problems.append(problem)
    }

    public var meanLevel: Double { sessions == 0 ? 0 : Double(levelSum) / Double(sessions) }

    /// Weakest first: more sessions not covered, then more missing outright, then a lower mean
    /// level, core before optional, then id.
    static func weaker(_ a: TradeoffRecord, _ b: TradeoffRecord) -> Bool {
        let ka = (a.missing + a.half, a.missing, -a.meanLevel, a.core ? 1 : 0)
        let kb = (b.missing + b.half, b.missing, -b.meanLevel, b.core ? 1 : 0)
        if ka != kb { return ka > kb }
        return (a.id, a.step) < (b.id, b.step)
    }
}

/// Sessions that spent longer on a step than its budget.
public struct StepTiming: Equatable, Sendable {
    public var step: StepID
    /// Sessions with time recorded for this step.
    public var timedSessions = 0
    public var overBudget = 0
    /// Total seconds over budget across those sessions.
    public var secondsOver = 0
    public var worstSecondsOver = 0

    public init(step: StepID) { self.step = step }

    /// Mean seconds over budget among the sessions that went over.
    public var meanSecondsOver: Int { overBudget == 0 ? 0 : secondsOver / overBudget }
}
