import Testing
import WhiteboardCore
import Rubric

@Suite struct ReportFormatTests {
    let report = Rubric.score(Fixture.session([.clarify: Fixture.topic, .serving: "I'd go with HNSW for retrieval."]),
                              template: Fixture.template, catalogue: Fixture.catalogue)

    @Test func jsonHasTheDocumentedShape() {
        guard case .object(let o) = report.jsonValue(file: "a.json", problem: "video-recommendation") else {
            Issue.record("not an object"); return
        }
        #expect(o["file"] == .string("a.json"))
        #expect(o["problem"] == .string("video-recommendation"))
        #expect(o["total"] == .number(Double(report.total)))
        guard case .array(let steps) = o["steps"], steps.count == 7, case .object(let serving) = steps[5] else {
            Issue.record("steps"); return
        }
        #expect(serving["id"] == .string("serving"))
        guard case .array(let tradeoffs) = serving["tradeoffs"], case .object(let t) = tradeoffs.first else {
            Issue.record("tradeoffs"); return
        }
        #expect(t["id"] == .string("exact-vs-approximate-nn"))
        #expect(t["level"] == .number(2))
        #expect(t["evidence"] == .array([.string("I'd go with HNSW for retrieval.")]))
        #expect(t["title"] == .string("Exact vs approximate nearest-neighbour search"))
        #expect(t["missing"] == .array([.string("reason"), .string("cost")]))
        #expect(t["contradictions"] == .array([]))
        guard case .object(let d) = o["diagram"] else { Issue.record("diagram"); return }
        #expect(d["missingFlows"] == .array([.string("Candidate generation -> Ranking model"), .string("Feature store -> Ranking model")]))
        #expect(d["score"] == .number(0))
    }

    @Test func textReportHasTotalBarsDiagramAndHints() {
        let text = ScoreReportText.render(report)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "Total: \(report.total)/100")
        #expect(lines.filter { $0.contains("[") && $0.contains("#") || $0.contains("[....") }.count == 2)
        #expect(lines.filter { $0.contains("(no trade-offs listed)") }.count == 5)
        #expect(text.contains("missing flows: Candidate generation -> Ranking model; Feature store -> Ranking model"))
        #expect(text.contains("hint: \(Fixture.towers.hint)"))
        #expect(text.contains("Exact vs approximate nearest-neighbour search [exact-vs-approximate-nn]: half (level 2)"))
        #expect(text.contains("    this answer: no reason given; no cost named"))
        #expect(!lines.contains { $0.hasSuffix(" ") })
    }

    @Test func contradictionsAreReportedWithBothSentences() {
        let clarify = Fixture.topic + " The homepage must answer within 20 ms at p99."
        let serving = "I'd use a 70B LLM to score every video with HNSW retrieval in front."
        let report = Rubric.score(Fixture.session([.clarify: clarify, .serving: serving]), template: Fixture.template, catalogue: Fixture.catalogue)
        let t = report.step(.serving)!.tradeoffs[0]
        #expect(t.level == 1)
        #expect(t.contradictions.count == 1)
        #expect(t.contradictions.first?.choice == serving)
        #expect(t.contradictions.first?.conflictsWith == "The homepage must answer within 20 ms at p99.")
        guard case .object(let o) = report.jsonValue(file: "a.json", problem: "video-recommendation"),
              case .array(let steps) = o["steps"], case .object(let st) = steps[5], case .array(let ts) = st["tradeoffs"],
              case .object(let tj) = ts[0], case .array(let cs) = tj["contradictions"], case .object(let c) = cs.first else {
            Issue.record("contradictions missing from the JSON"); return
        }
        #expect(c["choice"] == .string(serving))
        #expect(c["conflictsWith"] == .string("The homepage must answer within 20 ms at p99."))
        #expect(ScoreReportText.render(report).contains("contradiction: a heavyweight model"))
    }
}
