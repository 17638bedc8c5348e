import Practice
import Rubric
import SeededRandom
import Testing
import WhiteboardCore
import WhiteboardStore

/// `ReferenceMatch`: which reference components and flows a user's canvas has, by label words.
@Suite struct ReferenceMatchTests {
    static let template = ProblemTemplate(
        id: "t", title: "T", statement: "s",
        components: [Component(name: "Feature store", kind: "store", aliases: ["online store"]),
                     Component(name: "Ranking model", kind: "model", aliases: ["ranker"]),
                     Component(name: "Client", kind: "client")],
        flows: [Flow(from: "Client", to: "Ranking model"), Flow(from: "Feature store", to: "Ranking model")])

    static func box(_ id: String, _ label: String) -> Box { Box(id: id, x: 0, y: 0, width: 10, height: 3, label: label) }

    @Test func wordsAreLowercasedSplitAtPunctuationAndPluralsFolded() {
        #expect(ReferenceMatch.words("Feature-Stores (Redis)") == ["feature", "store", "redi"])
        #expect(ReferenceMatch.words("User logs\nand clicks") == ["user", "log", "and", "click"])
        #expect(ReferenceMatch.words("Class loss") == ["class", "loss"])
        #expect(ReferenceMatch.words("  ") == [])
    }

    @Test func aBoxNamingAComponentOrAnAliasAsWholeWordsMatchesIt() {
        let canvas = Canvas(boxes: [Self.box("a", "Redis feature stores"), Self.box("b", "GBDT ranker"), Self.box("c", "Clientele")])
        let m = ReferenceMatch.compare(canvas, with: Self.template)
        #expect(m.boxes["Feature store"] == ["a"])
        #expect(m.boxes["Ranking model"] == ["b"])          // by its alias
        #expect(m.missingComponents == ["Client"])           // "Clientele" is not the word "client"
        #expect(m.missingFlows == Self.template.flows)       // no arrows at all
        #expect(m.legend == "missing from yours: 1 box, 2 flows")
    }

    @Test func aFlowIsThereOnlyWithAnArrowInItsDirection() {
        let boxes = [Self.box("a", "Feature store"), Self.box("b", "Ranker"), Self.box("c", "Client app")]
        let backwards = Canvas(boxes: boxes, arrows: [Arrow(id: "1", from: "b", to: "a"), Arrow(id: "2", from: "c", to: "b")])
        let m = ReferenceMatch.compare(backwards, with: Self.template)
        #expect(m.missingComponents.isEmpty)
        #expect(m.missingFlows == [Flow(from: "Feature store", to: "Ranking model")])
        #expect(m.legend == "missing from yours: 0 boxes, 1 flow")
        let right = Canvas(boxes: boxes, arrows: [Arrow(id: "1", from: "a", to: "b"), Arrow(id: "2", from: "c", to: "b")])
        #expect(ReferenceMatch.compare(right, with: Self.template).legend == "yours has every reference box and flow")
    }

    @Test func anEmptyCanvasLacksEverything() {
        let t = PracticeFixtures.template("fraud-detection")
        let m = ReferenceMatch.compare(Canvas(), with: t)
        #expect(m.missingComponents == t.components.map(\.name))
        #expect(m.missingFlows.count == t.flows.count)
        #expect(m.boxes.isEmpty)
    }

    /// On every shipped template, canvases made of some reference component names (some
    /// written with an alias, in plural or in capitals) and some of their flows: the
    /// match finds what was drawn, and never credits what the rubric's diagram score does not
    /// (the rubric also folds -ing and -ed, so "blur" names the "Blurring service" there: it can
    /// credit a little more, never less).
    @Test func onRandomCanvasesOfEveryShippedTemplateItFindsWhatWasDrawnAndAgreesWithTheRubric() {
        var rng = SplitMix64(seed: 42)
        for t in PracticeFixtures.library.problems where !t.components.isEmpty {
            for _ in 0..<6 {
                var boxes: [Box] = [], drawn: [String: String] = [:]
                for (i, c) in t.components.enumerated() where rng.next() % 2 == 0 {
                    let phrase = c.phrases[Int(rng.next() % UInt64(c.phrases.count))]
                    let label = rng.next() % 3 == 0 ? phrase.uppercased() : phrase
                    boxes.append(Box(id: "b\(i)", x: i * 20, y: 0, width: 18, height: 3, label: label))
                    drawn[c.name] = "b\(i)"
                }
                var arrows: [Arrow] = [], drawnFlows: [Flow] = []
                for (i, f) in t.flows.enumerated() where rng.next() % 2 == 0 {
                    guard let a = drawn[f.from], let b = drawn[f.to] else { continue }
                    arrows.append(Arrow(id: "a\(i)", from: a, to: b))
                    drawnFlows.append(f)
                }
                let canvas = Canvas(boxes: boxes, arrows: arrows)
                let m = ReferenceMatch.compare(canvas, with: t)
                // An alias may name another component too, so drawn ones are found, at least.
                for name in drawn.keys { #expect(m.boxes[name] != nil, "\(t.id): \(name) drawn but not found") }
                for f in drawnFlows { #expect(!m.missingFlows.contains(f), "\(t.id): \(f.from) -> \(f.to) drawn but missing") }
                var session = Session(id: "x", problem: t.id, title: "x", createdAt: PracticeFixtures.date("2026-11-01T00:00:00Z"))
                session.canvas = canvas
                let diagram = Rubric.score(session, template: t, catalogue: PracticeFixtures.library.catalogue).diagram
                #expect(Set(diagram.missingComponents).isSubset(of: m.missingComponents), "\(t.id)")
                #expect(Set(diagram.missingFlows).isSubset(of: m.missingFlows.map { "\($0.from) -> \($0.to)" }), "\(t.id)")
            }
        }
    }
}
