import Testing
import WhiteboardCore
@testable import Rubric

/// Probe answers for the v2 rules: reasoning, not cue words (each probe is one way to game the
/// old rubric, or one way experts really write that it missed).
@Suite struct ReasoningLadderTests {
    let ann = "exact-vs-approximate-nn"
    let towers = "matrix-factorisation-vs-two-tower"

    @Test func formulaicReasonsAndCostsEarnNothing() {
        // "because it is better for <noun>" says nothing about this problem.
        #expect(Fixture.level(ann, "We choose HNSW over brute force because it is better for videos.").level == 2)
        #expect(Fixture.level(ann, "We choose HNSW over brute force because it is more accurate and efficient.").level == 2)
        // "at the cost of some risk" names no cost of the chosen side.
        let t = Fixture.level(ann, "We choose HNSW over brute force because scanning 800 M videos takes seconds, at the cost of some risk.")
        #expect(t.level == 3)
        #expect(t.missing == [.cost])
    }

    @Test func aReasonWithSubstanceCounts() {
        #expect(Fixture.level(ann, "We choose HNSW over brute force because a scan of 800 M videos cannot finish in 200 ms.").level == 3)
    }

    @Test func textEchoingTheTemplateOrItsHintsEarnsNothing() {
        // The catalogue's own hint for the trade-off, pasted back.
        let t = Fixture.level(ann, Fixture.ann.hint + " I'd use HNSW.")
        #expect(t.evidence.allSatisfy { !$0.contains("Say which you pick") })
        let echo = Rubric.score(Fixture.session([.clarify: Fixture.topic, .serving: Fixture.ann.hint]),
                                template: Fixture.template, catalogue: Fixture.catalogue)
        #expect(echo.step(.serving)!.tradeoffs[0].level == 0)
    }

    @Test func choosingBothSidesIsAContradiction() {
        let t = Fixture.level(ann, "We use HNSW and brute force together, both on the live path, because 800 M videos need search in 50 ms.")
        #expect(t.level <= 2)
        #expect(t.contradictions.first?.reason.contains("both sides") == true)
        // Preferring each over the other in two sentences.
        let flipped = Fixture.level(ann, "I'd use HNSW over brute force because 800 M videos is too many. Later, brute force over HNSW because exact recall matters for 800 M videos.")
        #expect(flipped.level == 1)
        #expect(flipped.contradictions.count == 1)
    }

    @Test func aHybridWithARoleForEachSideIsNotBothSides() {
        let t = Fixture.level(ann, "Brute force for the 50 K new videos and HNSW for the 800 M older ones, because only the old corpus is too large to scan in 50 ms.")
        #expect(t.contradictions.isEmpty)
        #expect(t.level >= 3)
    }

    @Test func aDecisionLinePointsBackToItsOption() {
        let text = """
        Options:
        1. brute force over every video embedding
        2. HNSW graph index
        Decision: 2. A scan of 800 M videos takes seconds; HNSW answers in 5 ms. Downside: some recall loss, checked offline against an exact index.
        """
        let t = Fixture.level(ann, text)
        #expect(t.level == 4)
        #expect(t.evidence.contains("Decision: 2."))
    }

    @Test func labelsCarryReasonsAndCosts() {
        let text = "HNSW for retrieval.\nWhy: an exact scan over 800 M videos cannot finish inside the homepage budget.\nDownside: recall loss of a few percent."
        let t = Fixture.level(ann, text)
        #expect(t.level == 4)
    }

    @Test func aBracketCanHoldTheReason() {
        #expect(Fixture.level(ann, "No brute force (a scan over 800 M videos takes seconds).").level >= 3)
    }

    @Test func aLaterClauseCanHoldTheReason() {
        #expect(Fixture.level(towers, "Two-tower model - new videos get embeddings from their content on day one.", in: .model).level == 3)
    }

    @Test func aHeavyModelUnderATightBudgetIsAContradiction() {
        let clarify = Fixture.topic + " The homepage must answer within 20 ms at p99."
        let report = Rubric.score(Fixture.session([.clarify: clarify, .serving: "I'd use a 70B LLM with HNSW to score every candidate."]),
                                  template: Fixture.template, catalogue: Fixture.catalogue)
        let t = report.step(.serving)!.tradeoffs[0]
        #expect(t.level == 1)
        #expect(t.contradictions.first?.conflictsWith == "The homepage must answer within 20 ms at p99.")
        // The same model under a relaxed budget is not flagged by this rule.
        let relaxed = Rubric.score(Fixture.session([.clarify: Fixture.topic + " The homepage may take 2 s.", .serving: "I'd use a 70B LLM with HNSW to score every candidate."]),
                                   template: Fixture.template, catalogue: Fixture.catalogue)
        #expect(relaxed.step(.serving)!.tradeoffs[0].contradictions.isEmpty)
    }

    @Test func contrastAloneIsWorthLittle() {
        // Level values: naming 0.05, deciding 0.2, reasoning 0.75, with a cost 1.
        #expect(CompiledRubric.levelValue[2] < 0.5 * CompiledRubric.levelValue[3])
        let rubric = CompiledRubric(template: Fixture.template, catalogue: Fixture.catalogue)
        let bare = rubric.total(levels: ["simple-baseline-vs-complex": 2, "matrix-factorisation-vs-two-tower": 2, "exact-vs-approximate-nn": 2])
        let reasoned = rubric.total(levels: ["simple-baseline-vs-complex": 3, "matrix-factorisation-vs-two-tower": 3, "exact-vs-approximate-nn": 3])
        #expect(bare <= 25)
        #expect(reasoned >= 75)
    }
}
