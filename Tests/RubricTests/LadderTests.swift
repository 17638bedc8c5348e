import Testing
import WhiteboardCore
@testable import Rubric

@Suite struct LadderTests {
    let ann = "exact-vs-approximate-nn"

    @Test func notMentionedIsZeroWithNoEvidence() {
        let t = Fixture.level(ann, "We serve recommendations from a cache of popular videos.")
        #expect(t.level == 0)
        #expect(t.evidence.isEmpty)
    }

    @Test func namingASideIsOne() {
        let t = Fixture.level(ann, "There is an HNSW index somewhere in the stack.")
        #expect(t.level == 1)
        #expect(t.evidence == ["There is an HNSW index somewhere in the stack."])
    }

    @Test func contrastingSidesIsTwo() {
        #expect(Fixture.level(ann, "HNSW is a different thing from brute force, whereas both return neighbours.").level == 2)
        #expect(Fixture.level(ann, "There is exact kNN versus ANN to think about.").level == 2)
    }

    @Test func choosingASideIsTwo() {
        #expect(Fixture.level(ann, "I'd go with HNSW for retrieval.").level == 2)
        #expect(Fixture.level(ann, "We'll use Faiss.").level == 2)
    }

    @Test func groundedReasonIsThree() {
        let t = Fixture.level(ann, "I'd use HNSW because a brute force scan over 800 M videos cannot return in 50 ms.")
        #expect(t.level == 3)
        #expect(t.evidence.count == 1)
    }

    @Test func statingTheObjectiveIsAChoice() {
        let baseline = "simple-baseline-vs-complex"
        #expect(Fixture.level(baseline, "A popularity baseline exists.", in: .model).level == 1)
        #expect(Fixture.level(baseline, "We optimise for a popularity baseline first.", in: .model).level == 2)
    }

    @Test func aTwoWordSideMayHaveWordsBetween() {
        // "flat index" named as "flat L2 index": up to two words may stand between.
        #expect(Fixture.level(ann, "I'd use a flat L2 index because the catalogue is only 50 K videos.").level == 3)
        #expect(Fixture.level(ann, "There is a flat and simple L2 index.").level == 0)
        // Not across a comma: a list of unrelated words does not assemble an alias.
        #expect(Fixture.level(ann, "We keep it flat, an index of popular videos.").level == 0)
    }

    @Test func aReasonNeedsMoreThanANoun() {
        #expect(Fixture.level(ann, "I'd use HNSW because videos.").level == 2)
        #expect(Fixture.level(ann, "I'd use HNSW because of the 800 M videos.").level == 3)
    }

    @Test func ungroundedReasonStaysAtTwo() {
        // A reason, but no quantity, problem noun or restated requirement.
        #expect(Fixture.level(ann, "I'd use HNSW because it is generally considered good.").level == 2)
    }

    @Test func acknowledgedCostIsFour() {
        let t = Fixture.level(ann, "I'd use HNSW rather than brute force because scanning 800 M videos takes seconds. The downside is some recall loss, which we check offline against an exact index.")
        #expect(t.level == 4)
        #expect(t.evidence.count == 2)
    }

    @Test func boundaryWithANumberIsFour() {
        let t = Fixture.level(ann, "Brute force is fine for now because the catalogue is only 50 K videos, but once it grows above 5 M I'd switch to HNSW.")
        #expect(t.level == 4)
    }

    @Test func negationCountsAsAChoice() {
        let t = Fixture.level(ann, "No ANN needed because the corpus is only 50 K items.")
        #expect(t.level == 3)
    }

    @Test func itDependsWithoutAConditionStopsAtTwo() {
        #expect(Fixture.level(ann, "I'd use HNSW or brute force, it depends, because 800 M videos is a lot of memory.").level == 2)
        #expect(Fixture.level(ann, "I'd use HNSW, depending on whether the catalogue is above 5 M videos, because brute force at that size takes seconds.").level >= 3)
    }

    @Test func reasonInALaterSentenceAboutTheTradeoffCounts() {
        let t = Fixture.level(ann, "I'd pick HNSW for retrieval. Later on, HNSW answers in 5 ms because it only visits a few thousand of the 800 M videos.")
        #expect(t.level == 3)
        #expect(t.evidence == ["Later on, HNSW answers in 5 ms because it only visits a few thousand of the 800 M videos."])
    }

    @Test func theNextSentenceOfTheParagraphLendsItsReasonWhenItContinuesTheChoice() {
        // A continuation ("That is because …") explains the choice before it.
        #expect(Fixture.level(ann, "I'd pick HNSW for retrieval. That is because the homepage budget is 200 ms.").level == 3)
        // On a new line, a sentence about something else lends nothing; nor does one in another paragraph.
        #expect(Fixture.level(ann, "I'd pick HNSW for retrieval.\nViewers matter because they pay the bills at 200 ms.").level == 2)
        #expect(Fixture.level(ann, "I'd pick HNSW for retrieval.\n\nThat is because the homepage budget is 200 ms.").level == 2)
    }

    @Test func aSessionAboutAnotherProblemDecidesNothingHere() {
        // Without the problem's nouns anywhere, "50 K items" is not this problem's figure, and the
        // choice is about some other system: the side is named, nothing more.
        let report = Rubric.score(Fixture.session([.serving: "No ANN needed because the corpus is only 50 K items."]),
                                  template: Fixture.template, catalogue: Fixture.catalogue)
        #expect(report.step(.serving)!.tradeoffs[0].level == 1)
        // The same sentence in a session about the problem is a grounded choice.
        #expect(Fixture.level(ann, "No ANN needed because the corpus is only 50 K items.").level == 3)
    }

    @Test func aChoiceCountsOnlyForSidesInItsClause() {
        let text = "I'd start with logistic regression for the ranker; an HNSW index sits beside it."
        #expect(Fixture.level(ann, text).level == 1)
        #expect(Fixture.level("simple-baseline-vs-complex", text).level == 2)
    }

    @Test func creditIsReportedUnderTheTemplateStepWhateverStepEarnedIt() {
        let report = Rubric.score(Fixture.session([.clarify: Fixture.topic + " I'd use HNSW because brute force over 800 M videos is too slow."]),
                                  template: Fixture.template, catalogue: Fixture.catalogue)
        #expect(report.step(.serving)!.tradeoffs.first!.level == 3)
        #expect(report.step(.clarify)!.tradeoffs.isEmpty)
    }

    @Test func pluralsCaseAndBritishSpellingMatch() {
        #expect(Fixture.level("matrix-factorisation-vs-two-tower", "TWO-TOWER models are in.", in: .model).level == 1)
        #expect(Fixture.level("matrix-factorisation-vs-two-tower", "We looked at Matrix factorization.", in: .model).level == 1)
        #expect(Fixture.level("simple-baseline-vs-complex", "Several baselines exist.", in: .model).level == 1)
    }

    @Test func wholeWordsOnly() {
        // "MF" must not match inside "MFA", nor "ANN" inside "annual" or "channel".
        #expect(Fixture.level("matrix-factorisation-vs-two-tower", "MFA is required for every login.", in: .model).level == 0)
        #expect(Fixture.level(ann, "The annual channel report is done.").level == 0)
    }
}

@Suite struct BuzzwordTests {
    let ann = "exact-vs-approximate-nn"

    @Test func commaRunOfTermsEarnsAtMostOne() {
        let text = "We use HNSW, Faiss, IVF-PQ, brute force, two-tower, MF, transformer because latency, 200 ms, videos."
        let report = Rubric.score(Fixture.session([.serving: text]), template: Fixture.template, catalogue: Fixture.catalogue)
        for t in report.steps.flatMap(\.tradeoffs) { #expect(t.level <= 1, "\(t.id) got \(t.level)") }
    }

    @Test func verblessLinesEarnAtMostOne() {
        let text = """
        - HNSW vs brute force because 200 ms videos
        - two-tower over MF because new videos, cold start
        - transformer rather than logistic regression
        """
        let report = Rubric.score(Fixture.session([.serving: text]), template: Fixture.template, catalogue: Fixture.catalogue)
        for t in report.steps.flatMap(\.tradeoffs) { #expect(t.level <= 1, "\(t.id) got \(t.level)") }
    }

    @Test func repeatingATermAddsNothing() {
        let once = "I'd go with HNSW for retrieval."
        let many = Array(repeating: once, count: 12).joined(separator: " ")
        let a = Rubric.score(Fixture.session([.serving: once]), template: Fixture.template, catalogue: Fixture.catalogue)
        let b = Rubric.score(Fixture.session([.serving: many]), template: Fixture.template, catalogue: Fixture.catalogue)
        #expect(a.total == b.total)
    }
}

@Suite struct TotalsTests {
    @Test func stepScoreWeighsCoreDouble() {
        // model: baseline (optional, 1) at level 2 (worth 0.2), two-tower (core, 2) at 0:
        // 0.2 / (3 × 0.92 saturation) = 7.2%.
        let report = Rubric.score(Fixture.session([.clarify: Fixture.topic, .model: "I'd start with logistic regression."]),
                                  template: Fixture.template, catalogue: Fixture.catalogue)
        #expect(report.step(.model)!.score == 7)
        // Total = mean over the steps that list trade-offs (model 7.2, serving 0).
        #expect(report.total == 4)
        // Reasoned through: baseline at 3 (0.75) and two-tower at 4 (1.0 × 2) -> 2.75 / 2.76, 99.6;
        // serving at 3: 1.5 / 1.84 = 81.5, so the mean is 90.6.
        let rubric = CompiledRubric(template: Fixture.template, catalogue: Fixture.catalogue)
        #expect(rubric.total(levels: ["simple-baseline-vs-complex": 3, "matrix-factorisation-vs-two-tower": 4]) == 50)
        #expect(rubric.total(levels: ["simple-baseline-vs-complex": 3, "matrix-factorisation-vs-two-tower": 4, "exact-vs-approximate-nn": 3]) == 91)
    }

    @Test func unknownCatalogueIdsAreLeftOut() {
        var template = Fixture.template
        template.steps[.clarify] = StepTemplate(tradeoffs: [TradeoffRef(id: "not-in-catalogue", weight: .core)])
        let rubric = CompiledRubric(template: template, catalogue: Fixture.catalogue)
        #expect(rubric.unknownTradeoffs == ["not-in-catalogue"])
        #expect(rubric.score(Fixture.session([:])).step(.clarify)!.tradeoffs.isEmpty)
    }
}

@Suite struct DiagramScoreTests {
    @Test func componentsByAliasAndFlowsBetweenMatchingBoxes() {
        let canvas = Canvas(boxes: [
            Box(id: "b1", x: 0, y: 0, width: 10, height: 3, label: "Two-tower Retrieval"),
            Box(id: "b2", x: 20, y: 0, width: 10, height: 3, label: "ranker"),
        ], arrows: [Arrow(id: "a1", from: "b1", to: "b2")])
        let report = Rubric.score(Fixture.session([:], canvas: canvas), template: Fixture.template, catalogue: Fixture.catalogue)
        #expect(report.diagram.missingComponents == ["Feature store"])
        #expect(report.diagram.missingFlows == ["Feature store -> Ranking model"])
        // 2/3 components, 1/2 flows -> 0.5*0.667 + 0.5*0.5 = 58.
        #expect(report.diagram.score == 58)
    }

    @Test func reversedArrowDoesNotCount() {
        let canvas = Canvas(boxes: [
            Box(id: "b1", x: 0, y: 0, width: 10, height: 3, label: "retrieval"),
            Box(id: "b2", x: 20, y: 0, width: 10, height: 3, label: "Ranking model"),
        ], arrows: [Arrow(id: "a1", from: "b2", to: "b1")])
        let report = Rubric.score(Fixture.session([:], canvas: canvas), template: Fixture.template, catalogue: Fixture.catalogue)
        #expect(report.diagram.missingFlows.contains("Candidate generation -> Ranking model"))
    }

    @Test func emptyCanvasScoresZero() {
        let report = Rubric.score(Fixture.session([:]), template: Fixture.template, catalogue: Fixture.catalogue)
        #expect(report.diagram.score == 0)
        #expect(report.diagram.missingComponents.count == 3)
    }
}
