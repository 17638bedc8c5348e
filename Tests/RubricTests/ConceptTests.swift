import Foundation
import Testing
import WhiteboardCore
@testable import Rubric

/// Side concepts (`SideConcepts`): a side named in the words a practitioner uses for its idea,
/// and quoted lines (interviewer follow-ups) that are not the answer's own text.
@Suite struct ConceptTests {
    static let template = CalibrationTests.library.problem(id: "ad-click-prediction")!
    static let rubric = CompiledRubric(template: template, catalogue: CalibrationTests.library.catalogue)
    static let clarify = "We rank timeline ads for each user by predicted click probability; advertisers pay per click and the ranking must return within 50 ms."

    static func tradeoff(_ id: String, _ texts: [StepID: String]) -> TradeoffScore {
        var all = texts
        all[.clarify] = Self.clarify + "\n\n" + (texts[.clarify] ?? "")
        var s = Session(id: "t", problem: template.id, title: "t", createdAt: Date(timeIntervalSince1970: 0), canvas: Canvas())
        for (step, text) in all { s.setText(text, for: step) }
        return rubric.score(s).steps.flatMap(\.tradeoffs).first { $0.id == id }!
    }

    @Test func everyConceptNamesATradeoffAndSideOfTheCatalogue() {
        let catalogue = CalibrationTests.library.catalogue
        for (id, sides) in SideConcepts.table {
            let t = catalogue.tradeoffs.first { $0.id == id }
            #expect(t != nil, "SideConcepts: no trade-off \(id) in the catalogue")
            for label in sides.keys {
                #expect(t?.sides.contains { $0.label == label } == true, "SideConcepts: \(id) has no side labelled \(label)")
                for concept in SideConcepts.concepts(tradeoff: id, side: label) {
                    #expect((2...3).contains(concept.count), "\(id)/\(label): a concept needs two or three groups")
                }
            }
        }
    }

    @Test func aSideWrittenInEverydayWordsIsNamedAndDecided() {
        let t = Self.tradeoff("pointwise-pairwise-listwise", [.framing: "Each ad is scored on its own rather than compared in pairs, because the auction multiplies the bid by the click probability itself."])
        #expect(t.level >= 3, "\(t.level) \(t.evidence)")
        let split = Self.tradeoff("random-vs-time-split", [.data: "We train on the earlier weeks and test on the following week, since click habits drift over time."])
        #expect(split.level >= 3, "\(split.level) \(split.evidence)")
    }

    @Test func conceptWordsApartOrAcrossAContrastNameNothing() {
        // The two words stand in different clause segments.
        #expect(Self.tradeoff("pointwise-pairwise-listwise", [.framing: "The ad gets a score, and the page is laid out on its own grid."]).level == 0)
        // A contrast between the words starts another thought.
        #expect(Self.tradeoff("random-vs-time-split", [.data: "We shuffle the ad order in the feed but split sessions by user."]).level == 0)
    }

    @Test func quotedInterviewerLinesAreNotAnswerText() {
        let question = "> Interviewer: would you score each ad on its own rather than compared in pairs, because of the auction?"
        let quoted = Self.tradeoff("pointwise-pairwise-listwise", [.framing: question + "\nWe predict a click probability for every ad."])
        #expect(quoted.level == 0, "\(quoted.evidence)")
        // The same words written as the answer's own line count.
        let own = Self.tradeoff("pointwise-pairwise-listwise", [.framing: String(question.dropFirst(16)) + "\nWe predict a click probability for every ad."])
        #expect(own.level >= 1)
        // Evidence still quotes the text as written, after the quoted line.
        let after = Self.tradeoff("pointwise-pairwise-listwise", [.framing: question + "\nEach ad is scored on its own because the auction needs its probability."])
        #expect(after.evidence.first == "Each ad is scored on its own because the auction needs its probability.", "\(after.evidence)")
    }
}
