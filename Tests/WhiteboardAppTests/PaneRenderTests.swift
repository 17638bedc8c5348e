import Testing
import TermUI
import WhiteboardApp
import WhiteboardCore

/// Each pane drawn alone into a 40×10 buffer and compared with literal lines.
@Suite struct PaneRenderTests {
    func draw(_ body: (inout Buffer) -> Void) -> [String] {
        var b = Buffer(width: 40, height: 10)
        body(&b)
        return b.lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
    }

    @Test func navigatorShowsMarksTitlesAndScores() {
        var s = Fixtures.board(width: 80, height: 24, [.clarify: "We start with an MVP.", .data: "clicks"])
        _ = App.reduce(&s, .focus(.navigator))
        _ = App.reduce(&s, .gotoStep(.data))
        let lines = draw { NavigatorPane.render(s.board!, in: Rect(x: 0, y: 0, width: 40, height: 9), into: &$0) }
        #expect(lines == [
            "┏ Steps ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓",
            "┃● 1 Clarifying requirements          5┃",
            "┃○ 2 Framing as an ML task            0┃",
            "┃● 3 Data preparation                 5┃",
            "┃○ 4 Model development                0┃",
            "┃○ 5 Evaluation                       0┃",
            "┃○ 6 Deployment and serving           0┃",
            "┃○ 7 Monitoring and infrastructure    0┃",
            "┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛",
            "",
        ])
        let row = 3
        #expect((1..<39).allSatisfy { x in var b = Buffer(width: 40, height: 10); NavigatorPane.render(s.board!, in: Rect(x: 0, y: 0, width: 40, height: 9), into: &b); return b[x, row].style.reverse })
    }

    @Test func rubricShowsTotalCoverageAndHints() {
        let s = Fixtures.board(width: 80, height: 24, [.clarify: "We start with an MVP."])
        let lines = draw { RubricPane.render(s.board!, in: Rect(x: 0, y: 0, width: 40, height: 10), into: &$0) }
        #expect(lines == [
            "┌ Rubric ──────────────────────────────┐",
            "│Total 2/100                           │",
            "│1. Clarifying requirements: 5         │",
            "│◐ Broad scope vs MVP 1/4              │",
            "│  “We start with an MVP.”             │",
            "│  needs a decision, a reason tied     │",
            "│    to this problem and a cost or     │",
            "│    limit                             │",
            "│Diagram 0: missing Ranker             │",
            "└──────────────────────────────────────┘",
        ])
        var empty = Fixtures.board()
        _ = App.reduce(&empty, .gotoStep(.serving))
        let missing = draw { RubricPane.render(empty.board!, in: Rect(x: 0, y: 0, width: 40, height: 10), into: &$0) }
        #expect(missing[3] == "│✗ Batch vs online prediction 0/4      │")
        #expect(missing[4] == "│  Pick one for this traffic and say   │")
        #expect(missing[5] == "│  what freshness or cost you give up. │")
    }

    @Test func editorShowsGuideAnswerAndCursor() {
        var s = Fixtures.board(width: 80, height: 24, [.clarify: "first line\nsecond 日本 line"])
        _ = App.reduce(&s, .documentEnd)
        var buffer = Buffer(width: 40, height: 10)
        EditorPane.render(s.board!, in: Rect(x: 0, y: 0, width: 40, height: 10), into: &buffer)
        let lines = buffer.lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }
        #expect(lines == [
            "┏ 1. Clarifying requirements ━━━━━━━━━━┓",
            "┃Design a recommender that suggests…   ┃",
            "┃Cover:                                ┃",
            "┃• Business goal                       ┃",
            "┃… (F2 hides the guide; F4 zooms)      ┃",
            "┃──────────────────────────────────────┃",
            "┃first line                            ┃",
            "┃second 日本 line                      ┃",
            "┃                                      ┃",
            "┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛",
        ])
        #expect(buffer.cursor! == (1 + 16, 7))   // after "second 日本 line": 16 columns
    }

    @Test func editorWithoutGuideAndTextThatControlsTheTerminalShownInert() {
        var s = Fixtures.board(width: 80, height: 24, [.clarify: "evil \u{1b}]0;pwned\u{7} text"])
        _ = App.reduce(&s, .toggleGuide)
        let lines = draw { EditorPane.render(s.board!, in: Rect(x: 0, y: 0, width: 40, height: 4), into: &$0) }
        #expect(lines[1] == "┃evil ^[]0;pwned^G text                ┃")
    }

    @Test func statusBarShowsProblemSavedStateClockAndKeys() {
        var s = Fixtures.board(width: 100, height: 24)
        for i in 1...75 { if i == 30 { _ = App.handle(.key(KeyPress(.function(12))), state: &s) }; _ = App.reduce(&s, .tick(Fixtures.epoch.addingTimeInterval(Double(i)))) }
        var b = Buffer(width: 100, height: 1)
        StatusBar.render(s.board!, now: s.now, in: Rect(x: 0, y: 0, width: 100, height: 1), into: &b)
        #expect(b.lines[0] == " Tiny recommender │ saved │ ⏱ 1:15 · step 1:15/5m │ tiny-1.json        F1 help  F5 problem  C-q quit")
        var wide = Buffer(width: 130, height: 1)
        StatusBar.render(s.board!, now: s.now, in: Rect(x: 0, y: 0, width: 130, height: 1), into: &wide)
        #expect(wide.lines[0].hasSuffix("│ tiny-1.json              F1 help  F5 problem  C-s save  C-n/C-p step  C-q quit"))
        _ = App.reduce(&s, .insert("x"))
        StatusBar.render(s.board!, now: s.now, in: Rect(x: 0, y: 0, width: 100, height: 1), into: &b)
        #expect(b.lines[0].hasPrefix(" Tiny recommender │ ● unsaved │ ⏱ 1:15"))
        var narrow = Buffer(width: 60, height: 1)
        StatusBar.render(s.board!, now: s.now, in: Rect(x: 0, y: 0, width: 60, height: 1), into: &narrow)
        #expect(narrow.lines[0] == " Tiny recommender │ ● unsaved │ ⏱ 1:15 · step 1:15… F1 help ")
    }
}

/// Issue 13: step marks and scores agree.
@Suite struct NavigatorCreditTests {
    @Test func anEmptyStepScoringFromAnotherStepsSentenceSaysWhereTheCreditCameFrom() {
        var s = Fixtures.board(width: 80, height: 24, [.clarify: "We choose batch prediction because the 100 ms latency budget is tight."])
        _ = App.reduce(&s, .focus(.navigator))
        let serving = s.board?.report?.step(.serving)?.score ?? 0
        #expect(serving > 0, "the fixture must earn serving credit from step 1")
        var b = Buffer(width: 40, height: 10)
        NavigatorPane.render(s.board!, in: Rect(x: 0, y: 0, width: 40, height: 9), into: &b)
        let row = b.lines[6]
        #expect(row.hasPrefix("┃↳ 6 Deployment and serving  from 1"), "\(row)")
        #expect(row.hasSuffix(String(format: "%3d┃", serving)), "\(row)")
        #expect(!row.contains("○"))
        // A written step keeps ●; an empty step without credit keeps ○ and no source.
        #expect(b.lines[1].hasPrefix("┃● 1 Clarifying"))
        #expect(b.lines[2].hasPrefix("┃○ 2 Framing as an ML task") && !b.lines[2].contains("from"))
    }
}
