import Foundation
import SeededRandom
import WhiteboardCore
import WhiteboardStore

/// Deterministic inputs for the benchmarks, built from the shipped templates so the scorer and
/// the renderers meet realistic text and diagrams.
enum Fixtures {
    /// A session of about `words` words over the seven steps, written from the template's own
    /// trade-offs and nouns ("…instead of…, because…, at the cost of…"), so the scorer does real work.
    static func session(words target: Int, template: ProblemTemplate, catalogue: TradeoffCatalogue, seed: UInt64 = 1) -> Session {
        var rng = BenchRandom(seed: seed)
        let nouns = template.nouns.isEmpty ? ["users", "items", "events"] : template.nouns
        let connectives = ["because", "since", "so that", "which means", "at the cost of", "instead of", "but", "given that"]
        let fillers = ["the p99 latency budget is 200 ms", "we log impressions and clicks", "we retrain daily on the last 30 days",
                       "the baseline is a popularity model", "we watch for drift in the input features",
                       "we use a holdout set split by time", "labels come from implicit feedback"]
        var texts: [StepID: [String]] = [:]
        var words = 0
        var round = 0
        while words < target {
            for step in StepID.allCases where words < target {
                let refs = template.step(step).tradeoffs
                var sentence: String
                if !refs.isEmpty, let t = catalogue[refs[round % refs.count].id], t.sides.count >= 2 {
                    let a = t.sides[0].phrases.randomElement(using: &rng)!
                    let b = t.sides[1].phrases.randomElement(using: &rng)!
                    let cue = t.costCues.randomElement(using: &rng) ?? "cost"
                    sentence = "We pick \(a) over \(b) \(connectives.randomElement(using: &rng)!) \(nouns.randomElement(using: &rng)!) needs it, \(connectives.randomElement(using: &rng)!) the \(cue) grows."
                } else {
                    sentence = "For \(nouns.randomElement(using: &rng)!), \(fillers.randomElement(using: &rng)!)."
                }
                words += sentence.split(separator: " ").count
                texts[step, default: []].append(sentence)
            }
            round += 1
        }
        var steps: [StepID: StepEntry] = [:]
        for step in StepID.allCases {
            // A paragraph break every few sentences, as people write.
            let sentences = texts[step] ?? []
            let paragraphs = stride(from: 0, to: sentences.count, by: 4).map { sentences[$0..<Swift.min($0 + 4, sentences.count)].joined(separator: " ") }
            steps[step] = StepEntry(text: paragraphs.joined(separator: "\n\n"), secondsSpent: 60)
        }
        return Session(id: "bench", problem: template.id, title: template.title,
                       createdAt: Date(timeIntervalSince1970: 1_800_000_000), steps: steps, canvas: pipeline(for: template))
    }

    /// The template's expected components as a left-to-right pipeline of boxes with arrows.
    static func pipeline(for template: ProblemTemplate) -> Canvas {
        var boxes: [Box] = []
        for (i, c) in template.components.prefix(8).enumerated() {
            boxes.append(Box(id: "b\(i + 1)", x: (i % 4) * 22, y: (i / 4) * 8, width: 18, height: 3, label: c.name))
        }
        let arrows = boxes.indices.dropFirst().map { i in Arrow(id: "a\(i)", from: boxes[i - 1].id, to: boxes[i].id) }
        return Canvas(boxes: boxes, arrows: arrows)
    }

    /// A session padded to about `bytes` bytes of JSON: the words session, then long answer
    /// text, then boxes, in equal parts.
    static func session(bytes target: Int, base: Session) -> Session {
        var s = base
        let paragraph = (0..<40).map { "Sentence \($0) about feature freshness, retrieval depth and the serving latency budget." }.joined(separator: " ")
        var size = SessionCodec.encode(s).count
        var i = 0
        while size < target / 2 {
            let step = StepID.allCases[i % StepID.allCases.count]
            s.steps[step]!.text += "\n\n" + paragraph
            size += paragraph.utf8.count + 4
            i += 1
        }
        let boxes = Swift.min(SessionCodec.maxCanvasItems, Swift.max(8, (target - size) / 300))
        s.canvas = canvas(boxes: boxes, arrows: boxes)
        return s
    }

    /// A grid of `count` boxes and `arrowCount` arrows: from each box to its right neighbour,
    /// then to the one below, then diagonally, until there are enough (deterministic).
    static func canvas(boxes count: Int, arrows arrowCount: Int) -> Canvas {
        let columns = Int(Double(count).squareRoot().rounded(.up))
        var boxes: [Box] = []
        for i in 0..<count {
            let col = i % columns, row = i / columns
            boxes.append(Box(id: "b\(i)", x: col * 20, y: row * 7, width: 14, height: 3,
                             label: "service \(i)", kind: ["service", "store", "model", "queue"][i % 4]))
        }
        var arrows: [Arrow] = []
        for offset in [1, columns, columns + 1, 2, columns - 1] where arrows.count < arrowCount {
            for i in 0..<count where arrows.count < arrowCount && i + offset < count {
                arrows.append(Arrow(id: "a\(arrows.count)", from: "b\(i)", to: "b\(i + offset)"))
            }
        }
        return Canvas(boxes: boxes, arrows: arrows)
    }
}

typealias BenchRandom = SplitMix64
