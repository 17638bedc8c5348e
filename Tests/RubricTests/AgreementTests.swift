import Testing
@testable import Rubric

@Suite struct AgreementTests {
    func agreement(_ pairs: [(Int, Int)]) -> RubricAgreement {
        var a = RubricAgreement()
        for (h, r) in pairs { a.add(human: h, rubric: r) }
        return a
    }

    @Test func quadraticWeightedKappaMatchesAHandComputedCase() {
        // Observed: (1,2) and (4,3) are one level apart: Σ w·O = 2/16.
        // Marginals: human {0,1,2,4} once each; rubric 0 once, 2 twice, 3 once.
        // Σ_j r_j (i-j)² per human level: i=0 -> 17, 1 -> 7, 2 -> 5, 4 -> 25; total 54,
        // so Σ w·E = 54 / 16 / 4 = 0.84375 and κ = 1 - 0.125 / 0.84375 = 23/27.
        let a = agreement([(0, 0), (1, 2), (2, 2), (4, 3)])
        #expect(abs(a.quadraticWeightedKappa - 23.0 / 27.0) < 1e-12)
        #expect(a.exact == 0.5)
        #expect(a.withinOne == 1)
    }

    @Test func kappaIsOneForPerfectAgreementAndNegativeForReversedLevels() {
        #expect(agreement([(0, 0), (2, 2), (4, 4), (1, 1)]).quadraticWeightedKappa == 1)
        #expect(agreement([(0, 4), (4, 0), (1, 3), (3, 1)]).quadraticWeightedKappa < 0)
        // One level only on both sides: agreement everywhere is 1, and nothing to compare is not.
        #expect(agreement([(2, 2), (2, 2)]).quadraticWeightedKappa == 1)
    }

    @Test func falseMissingAndFalseCreditAreSharesOfTheirHumanGroups() {
        // Human >= 2: (3,0) missing, (2,1), (4,4) -> 1 of 3. Human <= 1: (0,3) credited, (1,1) -> 1 of 2.
        let a = agreement([(3, 0), (2, 1), (4, 4), (0, 3), (1, 1)])
        #expect(abs(a.falseMissing - 1.0 / 3.0) < 1e-12)
        #expect(a.falseCredit == 0.5)
        #expect(a.falseDenominators.discussed == 3)
        #expect(a.falseDenominators.thin == 2)
    }

    @Test func labelsFileParsesAndBadLevelsAreRefused() throws {
        let good = """
        {"problem": "fraud-detection", "quality": "expert", "holistic": 88, "holisticNote": "strong",
         "labels": {"ml-vs-rules": {"level": 4, "evidence": ["Rules for known patterns."], "note": "cost named"}}}
        """
        let l = try GradedLabels.parse(Array(good.utf8))
        #expect(l.problem == "fraud-detection")
        #expect(l.holistic == 88)
        #expect(l.labels["ml-vs-rules"]?.level == 4)
        #expect(l.labels["ml-vs-rules"]?.evidence == ["Rules for known patterns."])
        let bad = #"{"problem": "p", "holistic": 50, "labels": {"x": {"level": 5}}}"#
        #expect(throws: GradedLabels.FormatError.self) { try GradedLabels.parse(Array(bad.utf8)) }
        #expect(throws: GradedLabels.FormatError.self) { try GradedLabels.parse(Array("[1]".utf8)) }
    }
}
