import Foundation
import WhiteboardCore
@testable import Rubric

/// A small in-code problem and catalogue for unit tests of the ladder.
enum Fixture {
    static let ann = Tradeoff(
        id: "exact-vs-approximate-nn", title: "Exact vs approximate nearest-neighbour search", step: .serving,
        sides: [
            .init(label: "exact kNN", aliases: ["brute force", "exhaustive search", "flat index"]),
            .init(label: "approximate nearest neighbour", aliases: ["ANN", "HNSW", "IVF-PQ", "Faiss"]),
        ],
        costCues: ["recall loss", "memory", "index build time"],
        groundingCues: ["corpus size", "latency", "QPS"],
        hint: "Say which you pick for a corpus of this size and what recall you give up.")
    static let baseline = Tradeoff(
        id: "simple-baseline-vs-complex", title: "Simple baseline vs complex model", step: .model,
        sides: [
            .init(label: "baseline", aliases: ["simple model", "logistic regression", "popularity baseline"]),
            .init(label: "complex model", aliases: ["deep model", "neural network", "transformer"]),
        ],
        costCues: ["training cost", "debugging"],
        groundingCues: ["data volume"],
        hint: "Start simple and say what would justify the complex model.")
    static let towers = Tradeoff(
        id: "matrix-factorisation-vs-two-tower", title: "Matrix factorisation vs two-tower", step: .model,
        sides: [
            .init(label: "matrix factorisation", aliases: ["matrix factorization", "MF"]),
            .init(label: "two-tower", aliases: ["two tower model", "dual encoder"]),
        ],
        costCues: ["cold start", "training cost"],
        groundingCues: ["new videos"],
        hint: "Say why content features matter for new items.")
    static let catalogue = TradeoffCatalogue(tradeoffs: [ann, baseline, towers])

    static let template = ProblemTemplate(
        id: "video-recommendation", title: "Video recommendation",
        statement: "Recommend videos on the homepage to viewers; latency matters.",
        assumptions: ["latency": "200 ms for the whole homepage"],
        nouns: ["video", "viewer", "homepage", "watch time"],
        steps: [
            .model: StepTemplate(tradeoffs: [TradeoffRef(id: "simple-baseline-vs-complex", weight: .optional),
                                             TradeoffRef(id: "matrix-factorisation-vs-two-tower", weight: .core)]),
            .serving: StepTemplate(tradeoffs: [TradeoffRef(id: "exact-vs-approximate-nn", weight: .core)]),
        ],
        components: [
            Component(name: "Candidate generation", aliases: ["retrieval"]),
            Component(name: "Ranking model", aliases: ["ranker"]),
            Component(name: "Feature store"),
        ],
        flows: [Flow(from: "Candidate generation", to: "Ranking model"), Flow(from: "Feature store", to: "Ranking model")])

    static func session(_ steps: [StepID: String], canvas: Canvas = Canvas()) -> Session {
        var s = Session(id: "t", problem: template.id, title: "t", createdAt: Date(timeIntervalSince1970: 0), canvas: canvas)
        for (k, v) in steps { s.setText(v, for: k) }
        return s
    }

    /// A clarify-step sentence that uses three of the problem's nouns, so the session counts as
    /// being about this problem (figures only ground reasons in such a session). Names no trade-off.
    static let topic = "Viewers open the homepage and pick a video."

    /// The level and evidence of one trade-off when `text` is written in `step` of a session
    /// that is about the fixture problem.
    static func level(_ id: String, _ text: String, in step: StepID = .serving) -> TradeoffScore {
        let texts: [StepID: String] = step == .clarify ? [.clarify: topic + "\n" + text] : [.clarify: topic, step: text]
        let report = Rubric.score(session(texts), template: template, catalogue: catalogue)
        return report.steps.flatMap(\.tradeoffs).first { $0.id == id }!
    }
}
