import Foundation
import Practice
import Rubric
import Testing
import WhiteboardCore

@Suite struct FollowUpPickerTests {
    typealias F = PracticeFixtures
    static let clarify = "The risk score must come back within 20 ms at p99 inside the authorisation call. Fraud is about 0.1% of transactions."

    func ask(_ texts: [StepID: String], step: StepID, problem: String = "fraud-detection") -> FollowUp? {
        let s = F.session(problem, texts, date: "2026-11-25T10:00:00Z")
        let t = F.template(problem)
        return FollowUpPicker.pick(session: s, step: step, template: t, catalogue: F.library.catalogue,
                                   report: Rubric.score(s, template: t, catalogue: F.library.catalogue))
    }

    @Test func aClarifyFigureTheStepIgnoresIsAskedAboutInTheUsersOwnWords() {
        let f = ask([.clarify: Self.clarify, .serving: "We score every transaction online with the model, because the decision must happen before the payment is approved."], step: .serving)
        #expect(f?.question.contains("20 ms") == true, "\(String(describing: f))")
        guard case .ignoredFigure(let fig)? = f?.reason else { Issue.record("expected an ignored figure, got \(String(describing: f))"); return }
        #expect(fig.kind == .latency && fig.text == "20 ms")
        // The same step using a latency figure of its own is not asked about it.
        let used = ask([.clarify: Self.clarify, .serving: "We score every transaction online within 15 ms, because the decision must happen before the payment is approved."], step: .serving)
        #expect(used?.question.contains("20 ms") != true)
    }

    @Test func twoAnswersWithDifferentGapsGetDifferentQuestions() {
        let base = "We score every transaction online within 15 ms, because the decision must happen before the payment is approved."
        let withFallback = base + " If the model times out we fall back to the rules engine, at the cost of more fraud getting through for those payments."
        let withReview = base + " Clear cases are declined automatically and the middle band goes to human review, since analysts can only handle a few thousand cases a day; the downside is slower decisions for those cardholders."
        let a = ask([.clarify: Self.clarify, .serving: withFallback], step: .serving)
        let b = ask([.clarify: Self.clarify, .serving: withReview], step: .serving)
        #expect(a?.reason == .openTradeoff(id: "auto-action-vs-human-review", level: 0, core: true), "\(String(describing: a))")
        #expect(b?.reason == .openTradeoff(id: "ml-path-vs-fallback", level: 0, core: true), "\(String(describing: b))")
        #expect(a?.question != b?.question)
        #expect(a?.question == F.library.catalogue["auto-action-vs-human-review"]!.followUps[0])
    }

    @Test func aContradictionComesFirstAndQuotesBothSentences() {
        let f = ask([.clarify: Self.clarify, .model: "I'd use a 70B LLM to score every transaction."], step: .model)
        #expect(f?.reason == .contradiction(tradeoff: "quality-vs-latency"), "\(String(describing: f))")
        #expect(f?.question.contains("“I'd use a 70B LLM to score every transaction.”") == true)
        #expect(f?.question.contains("within 20 ms at p99") == true)
    }

    @Test func placeholdersAreFilledOrTheQuestionIsPassedOver() {
        // quality-vs-latency's first follow-up needs {latency}: without a figure the second is asked.
        let entry = F.library.catalogue["quality-vs-latency"]!
        func question(_ clarify: String) -> String? {
            let s = F.session("fraud-detection", [.clarify: clarify], date: "2026-11-25T10:00:00Z")
            let t = F.template("fraud-detection")
            return FollowUpPicker.candidates(session: s, step: .clarify, template: t, catalogue: F.library.catalogue,
                                             report: Rubric.score(s, template: t, catalogue: F.library.catalogue))
                .first { if case .openTradeoff("quality-vs-latency", _, true) = $0.reason { true } else { false } }?.question
        }
        #expect(question("We should catch fraud on card payments.") == entry.followUps[1])
        #expect(question("We should catch fraud on card payments within 30 ms.") == entry.followUps[0].replacingOccurrences(of: "{latency}", with: "30 ms"))
        // Across every problem and step, no question is left with a placeholder.
        var all: [FollowUp] = []
        for p in F.library.problems {
            let s = F.session(p.id, [.clarify: "Scale: 50 ms, 10 K QPS, 1% positives."], date: "2026-11-25T10:00:00Z")
            let report = Rubric.score(s, template: p, catalogue: F.library.catalogue)
            for step in StepID.allCases {
                all += FollowUpPicker.candidates(session: s, step: step, template: p, catalogue: F.library.catalogue, report: report)
            }
        }
        #expect(all.count > 100)
        #expect(all.contains { if case .ignoredFigure = $0.reason { true } else { false } })
        #expect(all.allSatisfy { !$0.question.contains("{") && $0.question.hasSuffix("?") })
    }

    @Test func nothingOpenGivesNoQuestion() {
        let s = F.session("fraud-detection", [:], date: "2026-11-25T10:00:00Z")
        let t = F.template("fraud-detection")
        let full = ScoreReport(total: 100, steps: [StepScore(step: .serving, score: 100, tradeoffs: [
            TradeoffScore(id: "ml-path-vs-fallback", title: "x", level: 4, weight: .core, evidence: ["e"], hint: "h")])],
            diagram: DiagramScore(score: 0, missingComponents: [], missingFlows: []))
        #expect(FollowUpPicker.pick(session: s, step: .serving, template: t, catalogue: F.library.catalogue, report: full) == nil)
    }

    @Test func everyShippedTradeoffAndProblemHasFollowUps() {
        for t in F.library.catalogue.tradeoffs { #expect(!t.followUps.isEmpty, "\(t.id)") }
        for p in F.library.problems { #expect(p.followUps.count >= 3, "\(p.id)") }
    }
}
