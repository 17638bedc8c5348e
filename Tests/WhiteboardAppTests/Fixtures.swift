import Foundation
import TermUI
import WhiteboardApp
import WhiteboardCore

/// A small, fixed template library and clock so screens are stable.
enum Fixtures {
    static let epoch = Date(timeIntervalSince1970: 1_767_323_045) // 2026-01-02 03:04:05 UTC

    static let catalogue = TradeoffCatalogue(tradeoffs: [
        Tradeoff(id: "scope", title: "Broad scope vs MVP", step: .clarify,
                 sides: [.init(label: "full scope", aliases: ["everything"]), .init(label: "MVP", aliases: ["minimum viable"])],
                 hint: "State what the first version covers and what waits."),
        Tradeoff(id: "labels", title: "Explicit vs implicit labels", step: .data,
                 sides: [.init(label: "explicit feedback", aliases: ["ratings"]), .init(label: "implicit feedback", aliases: ["clicks"])],
                 hint: "Say which signal you train on and how you handle its noise."),
        Tradeoff(id: "batch-vs-online", title: "Batch vs online prediction", step: .serving,
                 sides: [.init(label: "batch prediction", aliases: ["precompute"]), .init(label: "online prediction", aliases: ["real-time inference"])],
                 hint: "Pick one for this traffic and say what freshness or cost you give up."),
    ])

    static let tiny = ProblemTemplate(
        id: "tiny", title: "Tiny recommender",
        statement: "Design a recommender that suggests short videos to people on a phone app.",
        assumptions: ["users": "10 M daily users", "qps": "20 k requests per second at peak", "latency": "100 ms end to end"],
        steps: [
            .clarify: StepTemplate(minutes: 5, prompts: ["Business goal", "Scale"], talkingPoints: ["How many users?"],
                                   tradeoffs: [TradeoffRef(id: "scope", weight: .core)]),
            .framing: StepTemplate(minutes: 5, prompts: ["ML objective"]),
            .data: StepTemplate(minutes: 8, prompts: ["Labels"], tradeoffs: [TradeoffRef(id: "labels", weight: .core)]),
            .model: StepTemplate(minutes: 10, prompts: ["Baseline"]),
            .evaluation: StepTemplate(minutes: 6, prompts: ["Offline metrics"]),
            .serving: StepTemplate(minutes: 7, prompts: ["Latency budget"], tradeoffs: [TradeoffRef(id: "batch-vs-online", weight: .core)]),
            .monitoring: StepTemplate(minutes: 4, prompts: ["Drift"]),
        ],
        components: [Component(name: "Ranker", kind: "model")])

    static let fraud = ProblemTemplate(id: "fraud", title: "Card fraud detection",
                                       statement: "Flag fraudulent card payments before they are approved.",
                                       assumptions: ["qps": "5 k payments per second"])

    static let library = TemplateLibrary(catalogue: catalogue, problems: [tiny, fraud], directory: "/templates")

    static func session(_ texts: [StepID: String] = [:]) -> Session {
        var s = Session(id: "fixed-id", problem: "tiny", title: "Tiny recommender", createdAt: epoch)
        for (step, text) in texts { s.setText(text, for: step) }
        return s
    }

    /// The whiteboard with a session open, at a size.
    static func board(width: Int = 80, height: Int = 24, _ texts: [StepID: String] = [:]) -> AppState {
        AppState(width: width, height: height, now: epoch, library: library, session: session(texts), path: "/sessions/tiny-1.json")
    }

    static let recent = [
        RecentSession(path: "/sessions/tiny-1.json", title: "Tiny recommender", problem: "tiny", updatedAt: epoch, score: 33),
        RecentSession(path: "/sessions/broken.json", title: "broken.json", problem: "", updatedAt: nil, score: nil,
                      error: "/sessions/broken.json: not JSON"),
    ]

    static func start(width: Int = 80, height: Int = 24) -> AppState {
        AppState(width: width, height: height, now: epoch, library: library, recent: recent)
    }

    /// Feeds a key script through the keymaps and the reducer; returns every effect.
    @discardableResult
    static func run(_ script: String, on state: inout AppState) throws -> [Effect] {
        var effects: [Effect] = []
        for key in try KeySpec.parseScript(script) { effects += App.handle(.key(key), state: &state) }
        return effects
    }

    /// The screen as the in-memory terminal shows it, trailing blanks removed.
    static func screen(_ state: AppState) -> [String] {
        let t = MemoryTerminal(width: state.width, height: state.height)
        let frame = AppView.render(state)
        t.draw(frame)
        return t.lines
    }
}
