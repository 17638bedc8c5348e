import Testing
import WhiteboardCore
@testable import Diagram

/// Pane render tests: whole pictures compared line by line.
@Suite struct DiagramRenderTests {
    static let pipeline = Canvas(boxes: [
        Box(id: "c", x: 0, y: 0, width: 10, height: 3, label: "client"),
        Box(id: "s", x: 20, y: 0, width: 11, height: 4, label: "ranking\nservice", kind: "service"),
    ], arrows: [Arrow(id: "a", from: "c", to: "s", label: "query")])

    static func lines(_ canvas: Canvas, _ style: DiagramStyle) -> [String] {
        DiagramText.render(canvas, style: style).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func pipelineInEveryStyle() {
        #expect(Self.lines(Self.pipeline, .ascii) == [
            "+--------+          +---------+",
            "| client +--query-->| ranking |",
            "+--------+          | service |",
            "                    +---------+",
        ])
        #expect(Self.lines(Self.pipeline, .single) == [
            "┌────────┐          ┌─────────┐",
            "│ client ├──query──▶│ ranking │",
            "└────────┘          │ service │",
            "                    └─────────┘",
        ])
        #expect(Self.lines(Self.pipeline, .rounded) == [
            "╭────────╮          ╭─────────╮",
            "│ client ├──query──▶│ ranking │",
            "╰────────╯          │ service │",
            "                    ╰─────────╯",
        ])
        #expect(Self.lines(Self.pipeline, .double) == [
            "╔════════╗          ╔═════════╗",
            "║ client ╠══query══▶║ ranking ║",
            "╚════════╝          ║ service ║",
            "                    ╚═════════╝",
        ])
        #expect(Self.lines(Self.pipeline, .heavy) == [
            "┏━━━━━━━━┓          ┏━━━━━━━━━┓",
            "┃ client ┣━━query━━▶┃ ranking ┃",
            "┗━━━━━━━━┛          ┃ service ┃",
            "                    ┗━━━━━━━━━┛",
        ])
    }

    static let crossing = Canvas(boxes: [
        Box(id: "a", x: 0, y: 4, width: 8, height: 3, label: "A"),
        Box(id: "b", x: 24, y: 4, width: 8, height: 3, label: "B"),
        Box(id: "c", x: 12, y: 0, width: 8, height: 3, label: "C"),
        Box(id: "d", x: 12, y: 9, width: 8, height: 3, label: "D"),
    ], arrows: [Arrow(id: "1", from: "a", to: "b"), Arrow(id: "2", from: "c", to: "d")])

    @Test func crossingLinesMergeIntoOneJunction() {
        #expect(Self.lines(Self.crossing, .single) == [
            "            ┌──────┐",
            "            │  C   │",
            "            └──┬───┘",
            "               │",
            "┌──────┐       │        ┌──────┐",
            "│  A   ├───────┼───────▶│  B   │",
            "└──────┘       │        └──────┘",
            "               │",
            "               ▼",
            "            ┌──────┐",
            "            │  D   │",
            "            └──────┘",
        ])
        #expect(Self.lines(Self.crossing, .ascii)[5] == "|  A   +-------+------->|  B   |")
        #expect(Self.lines(Self.crossing, .heavy)[5] == "┃  A   ┣━━━━━━━╋━━━━━━━▶┃  B   ┃")
    }

    @Test func arrowsIntoOneSideAreSpreadAndElbowsFollowTheStyle() {
        let fan = Canvas(boxes: [
            Box(id: "a", x: 0, y: 0, width: 9, height: 3, label: "users"),
            Box(id: "b", x: 0, y: 6, width: 9, height: 3, label: "items"),
            Box(id: "m", x: 20, y: 2, width: 9, height: 5, label: "model"),
        ], arrows: [Arrow(id: "1", from: "a", to: "m"), Arrow(id: "2", from: "b", to: "m")])
        #expect(Self.lines(fan, .rounded) == [
            "╭───────╮",
            "│ users │",
            "╰───┬───╯           ╭───────╮",
            "    ╰──────────────▶│       │",
            "                    │ model │",
            "    ╭──────────────▶│       │",
            "╭───┴───╮           ╰───────╯",
            "│ items │",
            "╰───────╯",
        ])
    }

    @Test func wideLabelsTakeTwoColumnsAndNeverBreakABorder() {
        let wide = Canvas(boxes: [
            Box(id: "a", x: 0, y: 0, width: 10, height: 4, label: "🚀 API\n推荐系统"),
            Box(id: "b", x: 0, y: 7, width: 7, height: 3, label: "特征存储库"),
            Box(id: "c", x: 18, y: 7, width: 8, height: 3, label: "キャッシュ"),
        ], arrows: [Arrow(id: "1", from: "a", to: "b"), Arrow(id: "2", from: "b", to: "c", label: "読む")])
        #expect(Self.lines(wide, .single) == [
            "┌────────┐",
            "│ 🚀 API │",
            "│推荐系统│",
            "└──┬─────┘",
            "   │",
            "   │",
            "   ▼",
            "┌─────┐           ┌──────┐",
            "│特征…├───読む───▶│キャ… │",
            "└─────┘           └──────┘",
        ])
    }

    @Test func arrowBetweenTouchingBoxesGoesAround() {
        let touching = Canvas(boxes: [
            Box(id: "a", x: 0, y: 0, width: 8, height: 3, label: "A"),
            Box(id: "b", x: 8, y: 0, width: 8, height: 3, label: "B"),
        ], arrows: [Arrow(id: "1", from: "a", to: "b")])
        #expect(Self.lines(touching, .single) == [
            "   ┌───────┐",
            "   │       ▼",
            "┌──┴───┐┌──────┐",
            "│  A   ││  B   │",
            "└──────┘└──────┘",
        ])
    }

    @Test func arrowAcrossAOneCellGapIsJustAHead() {
        let gap = Canvas(boxes: [
            Box(id: "a", x: 0, y: 0, width: 8, height: 3, label: "A"),
            Box(id: "b", x: 9, y: 0, width: 8, height: 3, label: "B"),
        ], arrows: [Arrow(id: "1", from: "a", to: "b")])
        #expect(Self.lines(gap, .heavy) == [
            "┏━━━━━━┓ ┏━━━━━━┓",
            "┃  A   ┣▶┃  B   ┃",
            "┗━━━━━━┛ ┗━━━━━━┛",
        ])
    }

    @Test func overlappingBoxesLaterOnTopArrowStillVisible() {
        let overlap = Canvas(boxes: [
            Box(id: "a", x: 0, y: 0, width: 10, height: 4, label: "A"),
            Box(id: "b", x: 6, y: 2, width: 10, height: 4, label: "B"),
        ], arrows: [Arrow(id: "1", from: "a", to: "b")])
        #expect(Self.lines(overlap, .double) == [
            "╔════════╗",
            "║   A    ╠▼",
            "║     ╔════════╗",
            "╚═════║   B    ║",
            "      ║        ║",
            "      ╚════════╝",
        ])
    }

    @Test func labelsAreTrimmedCentredWrappedAndCutAndNotesArePlainText() {
        let canvas = Canvas(boxes: [
            Box(id: "a", x: 0, y: 0, width: 9, height: 5, label: "  one  \nvery long line\n\nthree\nfour"),
        ], notes: [Note(id: "n", x: 2, y: 6, text: "scale: 10k QPS\np99 < 50 ms")])
        #expect(Self.lines(canvas, .ascii) == [
            "+-------+",
            "|  one  |",
            "| very  |",
            "| long… |",
            "+-------+",
            "",
            "  scale: 10k QPS",
            "  p99 < 50 ms",
        ])
    }

    @Test func emptyCanvasIsEmptyText() {
        #expect(DiagramText.render(Canvas(), style: .single) == "")
    }

    @Test func controlCharactersInLabelsAreShownInert() {
        let canvas = Canvas(boxes: [Box(id: "a", x: 0, y: 0, width: 8, height: 3, label: "a\u{1B}[2J")])
        #expect(Self.lines(canvas, .ascii) == ["+------+", "|a^[[2J|", "+------+"])
    }

    @Test func movingABoxReroutesItsArrows() {
        var canvas = Self.pipeline
        canvas.boxes[1].x = 0
        canvas.boxes[1].y = 8
        #expect(Self.lines(canvas, .single) == [
            "┌────────┐",
            "│ client │",
            "└───┬────┘",
            "    │",
            "  query",
            "    │",
            "    │",
            "    ▼",
            "┌─────────┐",
            "│ ranking │",
            "│ service │",
            "└─────────┘",
        ])
    }
}
