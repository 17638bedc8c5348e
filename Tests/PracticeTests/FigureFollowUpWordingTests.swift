@testable import Practice
import Testing
import WhiteboardCore

/// A figure follow-up is filled with the user's own figure, unit included ("10 K transactions per
/// second", "800 M videos"), so the template must not name the unit again after the placeholder:
/// "At {qps} transactions" read "At 10 K transactions per second transactions".
@Suite struct FigureFollowUpWordingTests {
    /// Words that may follow a `{qps}` or `{catalogue}` placeholder: they start a new phrase
    /// instead of repeating the figure's unit.
    static let allowedNext: Set<String> = ["to", "that", "in", "as", "at", "labelled", "per", "of"]

    @Test func noFigureFollowUpRepeatsTheUnitItsFigureAlreadyCarries() throws {
        for template in PracticeFixtures.library.problems {
            for (kind, questions) in template.followUps where kind == "qps" || kind == "catalogue" {
                for q in questions {
                    guard let r = q.range(of: "{\(kind)}") else { continue }
                    let rest = q[r.upperBound...].trimmingPrefix(" ")
                    if rest.first?.isPunctuation == true { continue }
                    let next = String(rest.prefix { $0.isLetter || $0 == "-" }).lowercased()
                    #expect(Self.allowedNext.contains(next),
                            "\(template.id): \"\(q)\" repeats a unit after {\(kind)} (\"\(next)\")")
                }
            }
        }
    }

    @Test func theFraudRateQuestionReadsOnceFilledFromTheUsersSentence() {
        let figures = FigureExtractor.figures(in: "Peak load is 10 K transactions per second.", step: .clarify)
        let template = PracticeFixtures.template("fraud-detection")
        let q = template.followUps["qps"].flatMap { $0.first }.flatMap { FollowUpPicker.fill($0, figures, prefer: nil) }
        #expect(q == "At 10 K transactions per second, how many risk-service instances do you need, and what happens at holiday peaks?")
    }
}
