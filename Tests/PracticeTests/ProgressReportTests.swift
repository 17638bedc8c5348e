import Foundation
import Practice
import Rubric
import Testing
import WhiteboardCore
import WhiteboardStore

@Suite struct ProgressReportTests {
    typealias F = PracticeFixtures

    static let weak = "We should build a fraud model."
    static let strong = """
    The risk score must come back synchronously, inside the authorisation call, because a fraud \
    decision after the payment is approved is too late for the transaction; the downside is added latency \
    on every card payment, so we keep the model light.
    """

    @Test func totalsAndStepsAreInDateOrderPerProblem() {
        let later = F.scored(F.session("fraud-detection", [.clarify: Self.strong], date: "2026-11-22T10:00:00Z"))
        let earlier = F.scored(F.session("fraud-detection", [.clarify: Self.weak], date: "2026-11-20T10:00:00Z"))
        let other = F.scored(F.session("news-feed", [.clarify: "Rank posts."], date: "2026-11-21T10:00:00Z"))
        let r = ProgressReport([later, other, earlier])
        #expect(r.sessionCount == 3)
        #expect(r.problems.map(\.id) == ["fraud-detection", "news-feed"])
        let fraud = r.problems[0]
        #expect(fraud.totals == [earlier.report.total, later.report.total])
        #expect(fraud.dates == [F.date("2026-11-20T10:00:00Z"), F.date("2026-11-22T10:00:00Z")])
        let clarify = fraud.steps.first { $0.step == .clarify }!
        #expect(clarify.scores == [earlier.report.step(.clarify)!.score, later.report.step(.clarify)!.score])
        #expect(clarify.scores[1] > clarify.scores[0], "the strong answer scores higher: \(clarify.scores)")
        #expect(fraud.latest == later.report.total)
    }

    @Test func weakTradeoffsCountOnlyWrittenStepsAndRankMostMissedFirst() {
        let a = F.scored(F.session("fraud-detection", [.clarify: Self.weak], date: "2026-11-20T10:00:00Z"))
        let b = F.scored(F.session("fraud-detection", [.clarify: Self.strong], date: "2026-11-21T10:00:00Z"))
        let r = ProgressReport([a, b])
        // Only clarify was written: no trade-off of an empty step is listed unless it earned a level.
        for t in r.weakTradeoffs where t.step != .clarify {
            #expect(a.report.step(t.step)!.tradeoffs.first { $0.id == t.id }!.level > 0
                    || b.report.step(t.step)!.tradeoffs.first { $0.id == t.id }!.level > 0, "\(t.id)")
        }
        let realtime = r.weakTradeoffs.first { $0.id == "realtime-vs-offline-processing" }
        let level = b.report.step(.clarify)!.tradeoffs.first { $0.id == "realtime-vs-offline-processing" }!.level
        #expect(level >= 3, "the strong answer covers it (level \(level))")
        #expect(realtime?.missing == 1 && realtime?.covered == 1 && realtime?.sessions == 2)
        // Missed in both sessions ranks above missed in one.
        let mlVsRules = r.weakTradeoffs.first { $0.id == "ml-vs-rules" }!
        #expect(mlVsRules.missing + mlVsRules.half == 2)
        let i = r.weakTradeoffs.firstIndex { $0.id == "ml-vs-rules" }!, j = r.weakTradeoffs.firstIndex { $0.id == "realtime-vs-offline-processing" }!
        #expect(i < j)
        #expect(r.weakest(problem: "fraud-detection")?.missing ?? 0 >= 1)
        #expect(r.weakest(problem: "news-feed") == nil)
    }

    @Test func drillsCountOnlyForTheirTradeoffAndNotInTotals() {
        let tradeoff = F.library.catalogue["quality-vs-latency"]!
        let drill = DrillSession.make(problem: "fraud-detection", tradeoff: tradeoff, step: .clarify,
                                      answer: "We must be fast.", now: F.date("2026-11-23T10:00:00Z"))
        #expect(DrillSession.tradeoffID(of: drill) == "quality-vs-latency")
        let full = F.scored(F.session("fraud-detection", [.clarify: Self.weak], date: "2026-11-20T10:00:00Z"))
        let r = ProgressReport([full, F.scored(drill)])
        #expect(r.sessionCount == 1 && r.drillCount == 1)
        #expect(r.problems[0].totals.count == 1)
        #expect(r.weakTradeoffs.first { $0.id == "quality-vs-latency" }?.sessions == 2)
        #expect(r.weakTradeoffs.first { $0.id == "ml-vs-rules" }?.sessions == 1)
    }

    @Test func stepsOverBudgetUseRecordedTimesOnly() {
        let budget = F.template("fraud-detection").step(.data).minutes * 60
        let over = F.scored(F.session("fraud-detection", [.data: "x"], date: "2026-11-20T10:00:00Z", seconds: [.data: budget + 90, .model: 60]))
        let worse = F.scored(F.session("fraud-detection", [.data: "x"], date: "2026-11-21T10:00:00Z", seconds: [.data: budget + 210]))
        let untimed = F.scored(F.session("fraud-detection", [.data: "x"], date: "2026-11-22T10:00:00Z"))
        let r = ProgressReport([over, worse, untimed])
        #expect(r.timedSessions == 2)
        #expect(r.overBudget.map(\.step) == [.data])
        #expect(r.overBudget[0].overBudget == 2 && r.overBudget[0].timedSessions == 2)
        #expect(r.overBudget[0].meanSecondsOver == 150 && r.overBudget[0].worstSecondsOver == 210)
        #expect(ProgressText.render(r).contains("data        2 of 2 timed over, by 2 min 30 s on average, at most 3 min 30 s"))
    }

    @Test func sparklineMapsScoresToEighthBlocks() {
        #expect(Sparkline.render([0, 12, 13, 50, 99, 100]) == "▁▁▂▅██")
        #expect(Sparkline.render([-5, 140]) == "▁█")
        #expect(Sparkline.render(Array(repeating: 100, count: 40), limit: 30).count == 30)
    }

    @Test func sinceDatesAcceptDaysAndTimes() {
        #expect(ProgressDate.parse("2026-11-20") == F.date("2026-11-20T00:00:00Z"))
        #expect(ProgressDate.parse("2026-11-20T09:30:00+01:00") == F.date("2026-11-20T08:30:00Z"))
        #expect(ProgressDate.parse("last week") == nil)
        #expect(ProgressDate.parse("2026-13-01") == nil)
    }

    @Test func historySkipsBadFilesWithTheirReasonAndFiltersBySince() throws {
        let dir = NSTemporaryDirectory() + "mlsd-practice-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try SessionStore.save(F.session("fraud-detection", [.clarify: Self.weak], date: "2026-11-20T10:00:00Z"), to: dir + "/old.json")
        try SessionStore.save(F.session("news-feed", [.clarify: "Rank posts."], date: "2026-11-25T10:00:00Z"), to: dir + "/new.json")
        try SessionStore.save(F.session("no-such-problem", [:], date: "2026-11-25T10:00:00Z"), to: dir + "/unknown.json")
        try Data("{\"schemaVersion\": 1,".utf8).write(to: URL(fileURLWithPath: dir + "/cut.json"))
        let all = SessionHistory.load(directory: dir, library: F.library)
        #expect(all.sessions.map(\.session.problem) == ["fraud-detection", "news-feed"])
        #expect(Set(all.skipped.map { ($0.path as NSString).lastPathComponent }) == ["cut.json", "unknown.json"])
        let unknown = all.skipped.first { $0.path.hasSuffix("unknown.json") }!
        #expect(unknown.description == dir + "/unknown.json: unknown problem \"no-such-problem\"; skipped")
        #expect(all.skipped.allSatisfy { !$0.description.contains("\n") })
        let recent = SessionHistory.load(directory: dir, library: F.library, since: ProgressDate.parse("2026-11-24"))
        #expect(recent.sessions.map(\.session.problem) == ["news-feed"])
        #expect(SessionHistory.load(directory: dir + "/missing", library: F.library).sessions.isEmpty)
    }
}
