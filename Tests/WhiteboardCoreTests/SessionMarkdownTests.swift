import Foundation
import Testing
import WhiteboardCore

@Suite struct SessionMarkdownTests {
    func session(_ texts: [StepID: String]) -> Session {
        var s = Session(id: "x", problem: "video-recommendation", title: "Mock #1", createdAt: Date(timeIntervalSince1970: 0))
        for (k, v) in texts { s.setText(v, for: k) }
        return s
    }

    func roundTrip(_ texts: [StepID: String]) throws -> SessionMarkdown.Document {
        let md = SessionMarkdown.render(session(texts), problemTitle: "Video recommendation",
                                        diagramText: "[Ranker]\n[Client] -> [Ranker]", scoreText: "Total 40/100\n## not a heading")
        return try SessionMarkdown.parse(md)
    }

    @Test func exportThenImportGivesBackEveryStepTextExactly() throws {
        let texts: [StepID: String] = [
            .clarify: "Plain one-liner.",
            .framing: "Two paragraphs.\n\nSecond one, with trailing spaces   ",
            .data: "## looks like a heading\n# and a title\n   ### indented heading",
            .model: "\n\nleading blank lines and a trailing newline\n",
            .evaluation: "```swift\nlet x = 1\n```\nand ```` four ticks\n````",
            .serving: "windows line\r\nendings\r\n",
            .monitoring: "   \n  whitespace-only first line\ttab\n  ",
        ]
        let doc = try roundTrip(texts)
        for step in StepID.allCases {
            #expect(doc.steps[step] == texts[step], "step \(step)")
        }
        #expect(doc.title == "Mock #1")
        #expect(doc.outsideText == "")
        #expect(doc.diagramBlock == "[Ranker]\n[Client] -> [Ranker]")
    }

    @Test func emptyStepsStayEmpty() throws {
        let doc = try roundTrip([.data: "only data"])
        #expect(doc.steps[.clarify] == "")
        #expect(doc.steps[.data] == "only data")
    }

    @Test func plainTextIsNotFenced() {
        #expect(SessionMarkdown.encodeStepText("We pick HNSW.\n\n- because 50 ms") == "We pick HNSW.\n\n- because 50 ms")
        #expect(SessionMarkdown.encodeStepText("# hi").hasPrefix("```mlsd-text\n"))
    }

    @Test func headingsMatchByNumberIdOrTitle() {
        #expect(SessionMarkdown.step(forHeading: "3. Whatever") == .data)
        #expect(SessionMarkdown.step(forHeading: "Step 5: metrics") == .evaluation)
        #expect(SessionMarkdown.step(forHeading: "SERVING") == .serving)
        #expect(SessionMarkdown.step(forHeading: "Model development (10 min)") == .model)
        #expect(SessionMarkdown.step(forHeading: "clarifying requirements") == .clarify)
        #expect(SessionMarkdown.step(forHeading: "8. Extra") == nil)
        #expect(SessionMarkdown.step(forHeading: "Notes") == nil)
    }

    @Test func handWrittenNotesImport() throws {
        let md = """
        # My notes
        Interview on Tuesday.

        ## 1. Clarify
        100 M DAU.

        ## Data
        Watch logs.
        ```
        ## inside a code block, not a heading
        ```

        ## Questions for later
        Ask about kids.

        ## Diagram
        ```
        [Client] --> [Ranker]
        ```
        ## data
        More data.
        """
        let doc = try SessionMarkdown.parse(md)
        #expect(doc.title == "My notes")
        #expect(doc.steps[.clarify] == "100 M DAU.")
        #expect(doc.steps[.data] == "Watch logs.\n```\n## inside a code block, not a heading\n```\n\nMore data.")
        #expect(doc.diagramBlock == "[Client] --> [Ranker]")
        #expect(doc.outsideText == "Interview on Tuesday.\n\n## Questions for later\nAsk about kids.")
        let s = SessionMarkdown.session(from: doc, problem: "p", title: "t", canvas: Canvas())
        #expect(s.text(of: .clarify) == "100 M DAU.\n\n\(SessionMarkdown.outsideTextMarker)\nInterview on Tuesday.\n\n## Questions for later\nAsk about kids.")
    }

    @Test func noStepHeadingsIsAnError() {
        #expect(throws: SessionMarkdown.ParseError.noStepHeadings) { try SessionMarkdown.parse("# Title\n\nJust prose.\n## Misc\n") }
    }

    @Test func crlfFilesAreRead() throws {
        let doc = try SessionMarkdown.parse("## 1. Clarify\r\nline one\r\nline two\r\n")
        #expect(doc.steps[.clarify] == "line one\nline two")
    }
}
