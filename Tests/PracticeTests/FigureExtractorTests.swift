import Practice
import Testing
import WhiteboardCore

@Suite struct FigureExtractorTests {
    func figures(_ text: String) -> [String] {
        FigureExtractor.figures(in: text, step: .clarify).map { "\($0.kind.rawValue): \($0.text)" }
    }

    @Test func findsEachKindAsWritten() {
        #expect(figures("The homepage must answer within 200 ms at p99.") == ["latency: 200 ms"])
        #expect(figures("We see about 5 K QPS at peak and 4 K ad requests per second on average.") == ["qps: 5 K QPS", "qps: 4 K ad requests per second"])
        #expect(figures("About 100 M daily active users and 10 B videos.") == ["users: 100 M daily active users", "catalogue: 10 B videos"])
        #expect(figures("Fraud is about 0.1% of volume.") == ["rate: 0.1%"])
        #expect(figures("New posts must be rankable within 5 minutes.") == ["freshness: 5 minutes"])
        #expect(figures("First tokens within 1 s of the question.") == ["latency: 1 s"])
        #expect(figures("Velocity features must include events from 2 seconds ago.") == ["freshness: 2 seconds"])
        #expect(figures("The latency budget is 2 seconds.") == ["latency: 2 seconds"])
    }

    @Test func ignoresNumbersInsideWordsAndBareCounts() {
        #expect(figures("Track p99 and ship v1 with 3-D Secure.") == [])
        #expect(figures("We have 3 options and 7 steps.") == [])
    }
}
