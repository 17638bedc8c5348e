import Foundation
import Testing
import TermUI
@testable import WhiteboardApp
import WhiteboardCore

/// Issue 13: the Start filter finds problems by id, statement and content, not only titles; the
/// recent list's columns line up.
@Suite struct StartScreenTests {
    static let ads = ProblemTemplate(
        id: "ad-click-prediction", title: "Ad click prediction",
        statement: "Predict how likely a user is to click each eligible ad.",
        assumptions: ["qps": "4 K ad requests per second"], nouns: ["impression", "pCTR"],
        steps: [.evaluation: StepTemplate(minutes: 6, prompts: ["Normalised cross-entropy against the average CTR"])])
    static let library = TemplateLibrary(catalogue: Fixtures.catalogue, problems: [Fixtures.tiny, Fixtures.fraud, ads], directory: "/t")

    @Test func ctrFindsAdClickPredictionAndIdsAndStatementsMatch() {
        func ids(_ f: String) -> [String] { StartState.matching(f, in: Self.library.problems).map(\.id) }
        #expect(ids("ctr") == ["ad-click-prediction"])
        #expect(ids("CTR") == ["ad-click-prediction"])
        #expect(ids("fraud") == ["fraud"])                      // id and title
        #expect(ids("approved") == ["fraud"])                   // statement only
        #expect(ids("short videos phone") == ["tiny"])          // every word, in the statement
        #expect(Set(ids("requests per second")) == ["tiny", "ad-click-prediction"])  // assumptions
        #expect(ids("impression") == ["ad-click-prediction"])   // domain nouns
        #expect(ids("zzz").isEmpty)
        #expect(ids("").count == 3)
        // A title match ranks before a content match.
        let titled = ProblemTemplate(id: "ctr-model", title: "CTR model", statement: "x")
        let both = StartState.matching("ctr", in: [Self.ads, titled]).map(\.id)
        #expect(both == ["ctr-model", "ad-click-prediction"])
    }

    @Test func typingCtrOnTheStartScreenSelectsAdClickPrediction() throws {
        var s = AppState(width: 80, height: 24, now: Fixtures.epoch, library: Self.library, recent: [])
        try Fixtures.run("c t r", on: &s)
        #expect(s.filteredProblems.map(\.id) == ["ad-click-prediction"])
        #expect(Fixtures.screen(s).contains { $0.contains(" Ad click prediction") })
    }

    @Test func recentSessionDatesAndScoresStartInTheSameColumns() {
        let recent = [
            RecentSession(path: "/s/a.json", title: "first", problem: "tiny", updatedAt: Fixtures.epoch, score: 7),
            RecentSession(path: "/s/b.json", title: "second try", problem: "ad-click-prediction", updatedAt: Fixtures.epoch, score: 100),
            RecentSession(path: "/s/c.json", title: "third", problem: "fraud", updatedAt: nil, score: nil),
        ]
        let s = AppState(width: 100, height: 30, now: Fixtures.epoch, library: Self.library, recent: recent)
        let screen = Fixtures.screen(s)
        let rows = ["first", "second try", "third"].map { t in screen.first { $0.contains(" " + t + " ") }! }
        let dateColumns = rows.map { r in r.distance(from: r.startIndex, to: r.range(of: "  20")?.lowerBound ?? r.range(of: "  ????")!.lowerBound) }
        let scoreColumns = rows.map { r in r.distance(from: r.startIndex, to: r.range(of: "score")!.lowerBound) }
        #expect(Set(dateColumns).count == 1, "\(rows)")
        #expect(Set(scoreColumns).count == 1, "\(rows)")
        #expect(rows[0].contains("score   7"))
        #expect(rows[1].contains("score 100"))
        #expect(rows[2].contains("score   –"))
    }
}
