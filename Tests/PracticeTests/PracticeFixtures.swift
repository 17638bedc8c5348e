import Foundation
import Practice
import Rubric
import SeededRandom
import WhiteboardCore
import WhiteboardStore

/// The shipped templates and helpers that build scored sessions in memory.
enum PracticeFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let library: TemplateLibrary = try! TemplateLibrary.load(directory: root + "/templates")

    static func template(_ id: String) -> ProblemTemplate { library.problem(id: id)! }

    static func date(_ s: String) -> Date { ISO8601.parse(s)! }

    /// A session of `problem` with the given step texts, updated at `date`.
    static func session(_ problem: String, _ texts: [StepID: String], date: String, seconds: [StepID: Int] = [:],
                        id: String = UUID().uuidString, title: String = "t") -> Session {
        var s = Session(id: id, problem: problem, title: title, createdAt: Self.date(date))
        for (step, text) in texts { s.setText(text, for: step) }
        for (step, secs) in seconds { s.steps[step]!.secondsSpent = secs }
        return s
    }

    static func scored(_ s: Session, path: String = "") -> ScoredSession {
        let t = template(s.problem)
        return ScoredSession(path: path, session: s, template: t, report: Rubric.score(s, template: t, catalogue: library.catalogue))
    }

    /// A session answering each step with a random subset of the template's own prompts.
    static func generated(_ template: ProblemTemplate, rng: inout SplitMix64, date: Date) -> Session {
        var s = Session(id: UUID().uuidString, problem: template.id, title: "generated", createdAt: date)
        for step in StepID.allCases {
            let prompts = template.step(step).prompts.filter { _ in rng.next() % 2 == 0 }
            s.setText(prompts.joined(separator: " "), for: step)
            s.steps[step]!.secondsSpent = Int(rng.next() % UInt64(template.step(step).minutes * 120 + 1))
        }
        return s
    }
}
