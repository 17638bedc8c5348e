import Foundation
import Testing
import WhiteboardCore
@testable import Rubric

/// The session-3 mechanisms that find trade-offs however they are written: side phrases in any
/// word order, "@k" metrics with any cut-off, designs stated as facts, and the total cap for a
/// design that breaks its own constraints.
@Suite struct MechanismTests {
    let ann = "exact-vs-approximate-nn"
    let towers = "matrix-factorisation-vs-two-tower"

    @Test func aSidePhraseMatchesInAnyWordOrderWithinOneClause() {
        // "flat index" written the other way round.
        let t = Fixture.level(ann, "The index is flat for the new uploads.")
        #expect(t.level >= 1)
        #expect(t.evidence == ["The index is flat for the new uploads."])
        // Not across a connective or a contrast, and not across a comma.
        #expect(Fixture.level(ann, "We keep a flat file and an index of viewers.").level == 0)
        #expect(Fixture.level(ann, "The index, flat out, is rebuilt daily.").level == 0)
    }

    @Test func anAtKMetricMatchesAnyCutOff() {
        var table = PhraseTable()
        table.add("recall@k", role: .side(tradeoff: 0, side: 0))
        table.sealBarriers()
        func matched(_ text: String) -> Bool {
            let scalars = Array(text.unicodeScalars)
            let tokens = Tokenizer.tokens(scalars, 0..<scalars.count, vocabulary: table.vocabulary)
            return !table.matches(in: tokens).isEmpty
        }
        #expect(matched("Offline we track recall@10 on the last day."))
        #expect(matched("recall@500 for retrieval"))
        #expect(!matched("recall of the returned images"))
    }

    @Test func aDesignStatedAsAFactDecidesItsSide() {
        // The side neither leads the sentence nor follows a choice cue.
        #expect(Fixture.level(ann, "The homepage is served from an HNSW index.").level == 2)
        // A hedge or an existential sentence decides nothing.
        #expect(Fixture.level(ann, "The homepage could be served from an HNSW index.").level == 1)
        #expect(Fixture.level(ann, "There is an HNSW index somewhere in the stack.").level == 1)
        // Stated as a fact, then explained on the next line.
        let t = Fixture.level(ann, "The homepage is served from an HNSW index.\nThis is because a scan of 800 M videos cannot finish in 200 ms.")
        #expect(t.level == 3)
    }

    @Test func aBracketExplainsTheSideBeforeItInItsClause() {
        let t = Fixture.level(towers, "Two-tower retrieval, daily refresh (new videos need content features on day one).", in: .model)
        #expect(t.level >= 3)
    }

    @Test func aDesignThatBreaksItsOwnLatencyBudgetIsCappedAt25() {
        let model = "I'd use a two-tower model rather than matrix factorisation because new videos need content features from day one; the cost is more training cost."
        let budget = Fixture.topic + "\nThe homepage must render within 20 ms at p99."
        let sound = Rubric.score(Fixture.session([.clarify: budget, .model: model,
                                                  .serving: "I'd use HNSW because a scan of 800 M videos cannot finish in 20 ms; the cost is some recall loss."]),
                                 template: Fixture.template, catalogue: Fixture.catalogue)
        #expect(sound.total > CompiledRubric.brokenConstraintCap)
        let broken = Rubric.score(Fixture.session([.clarify: budget, .model: model,
                                                   .serving: "I'd use HNSW because a scan of 800 M videos cannot finish in 20 ms; the cost is some recall loss. A 70B LLM then rescores every HNSW candidate."]),
                                  template: Fixture.template, catalogue: Fixture.catalogue)
        #expect(broken.total <= CompiledRubric.brokenConstraintCap)
        #expect(broken.steps.flatMap(\.tradeoffs).contains { !$0.contradictions.isEmpty })
        // The same model used offline to label data breaks no budget.
        let offline = Rubric.score(Fixture.session([.clarify: budget, .model: model,
                                                    .serving: "I'd use HNSW because a scan of 800 M videos cannot finish in 20 ms; the cost is some recall loss. A 70B LLM labels HNSW misses offline."]),
                                   template: Fixture.template, catalogue: Fixture.catalogue)
        #expect(offline.total > CompiledRubric.brokenConstraintCap)
    }

    @Test func streamingTheFastFeaturesAndComputingTheRestNightlyBreaksNoFreshnessNeed() {
        // From an answer written after tuning: the mixed design capped its total at 25.
        let library = CalibrationTests.library
        let template = library.problem(id: "event-recommendation")!
        func contradicted(_ texts: [StepID: String]) -> [String] {
            var s = Session(id: "t", problem: template.id, title: "t", createdAt: Date(timeIntervalSince1970: 0), canvas: Canvas())
            for (step, text) in texts { s.setText(text, for: step) }
            return Rubric.score(s, template: template, catalogue: library.catalogue).steps.flatMap(\.tradeoffs)
                .filter { !$0.contradictions.isEmpty }.map(\.id)
        }
        let monitoring = "Watch feature freshness: the streaming counts lagging more than 15 minutes pages on-call."
        let mixed = contradicted([.data: "Freshness: registration counts and friends' sign-ups change within the hour, so those features come from a streaming counter updated every few minutes; slow features (category affinity, organiser history) are computed nightly.",
                                  .monitoring: monitoring])
        #expect(mixed.isEmpty, "\(mixed)")
    }
}
