import Practice
import Rubric
import Testing
import WhiteboardCore

@Suite struct DrillPlanTests {
    typealias F = PracticeFixtures

    @Test func picksTheWeakestTradeoffAndItsMostRecentProblem() throws {
        let a = F.scored(F.session("fraud-detection", [.clarify: "We should build a fraud model."], date: "2026-11-20T10:00:00Z"))
        let progress = ProgressReport([a])
        let plan = try DrillPlan.plan(progress: progress, library: F.library, problem: nil, tradeoff: nil)
        let weakest = progress.weakTradeoffs[0]
        #expect(plan.tradeoff.id == weakest.id)
        #expect(plan.problem.id == "fraud-detection")
        #expect(plan.step == weakest.step)
        #expect(plan.source == .weakest(notCovered: weakest.missing + weakest.half, sessions: weakest.sessions))
        #expect(plan.contextLines.count == 2)
        #expect(plan.contextLines[0] == "Payment fraud detection: Design a system that scores card payments for fraud while they are being authorised.")
    }

    @Test func aGivenTradeoffOrProblemIsRespected() throws {
        let progress = ProgressReport([])
        let given = try DrillPlan.plan(progress: progress, library: F.library, problem: "fraud-detection", tradeoff: "ml-path-vs-fallback")
        #expect(given.tradeoff.id == "ml-path-vs-fallback" && given.step == .serving && given.source == .given)
        #expect(given.contextLines[1].hasPrefix("6. Deployment and serving: strict ML path or heuristic fallback, which and why? Scale: "))
        let fresh = try DrillPlan.plan(progress: progress, library: F.library, problem: "news-feed", tradeoff: nil)
        #expect(fresh.source == .firstCore && fresh.problem.id == "news-feed" && fresh.step == .clarify)
        #expect(throws: DrillError.self) { try DrillPlan.plan(progress: progress, library: F.library, problem: "nope", tradeoff: nil) }
        #expect(throws: DrillError("news-feed does not list the trade-off \"ml-path-vs-fallback\"")) {
            try DrillPlan.plan(progress: progress, library: F.library, problem: "news-feed", tradeoff: "ml-path-vs-fallback")
        }
    }

    @Test func theAnswerIsScoredOnTheTradeoffAlone() throws {
        let plan = try DrillPlan.plan(progress: ProgressReport([]), library: F.library, problem: "fraud-detection", tradeoff: "ml-path-vs-fallback")
        let weak = DrillSession.make(problem: plan.problem.id, tradeoff: plan.tradeoff, step: plan.step, answer: "We use a model.", now: F.date("2026-11-25T10:00:00Z"))
        let strong = DrillSession.make(problem: plan.problem.id, tradeoff: plan.tradeoff, step: plan.step, answer:
            "If the risk model or the feature store misses its deadline we fall back to the rules engine instead of blocking the transaction, because payments must keep flowing for cardholders; the downside is more fraud getting through while the fallback runs.",
            now: F.date("2026-11-25T10:00:00Z"))
        let w = try #require(plan.score(weak, catalogue: F.library.catalogue))
        let s = try #require(plan.score(strong, catalogue: F.library.catalogue))
        #expect(w.id == "ml-path-vs-fallback" && s.id == "ml-path-vs-fallback")
        #expect(w.level == 0)
        #expect(s.level >= 3, "\(s)")
        #expect(strong.text(of: .serving).hasPrefix("If the risk model") && strong.currentStep == .serving)
    }
}
