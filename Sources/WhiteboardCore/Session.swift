// Date (and UUID, trimming) come from FoundationEssentials, which has no ICU; the full
// Foundation is only the fallback where FoundationEssentials is not a module of its own.
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One practice session: a problem, the text written for each of the seven steps, and the
/// architecture canvas. This is the file users keep and reopen (see docs/session-format.md).
public struct Session: Equatable, Sendable {
    /// The format version this build writes.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var id: String
    /// The template id of the problem, e.g. `video-recommendation`.
    public var problem: String
    public var title: String
    public var createdAt: Date
    public var updatedAt: Date
    /// One entry per step; every step is always present.
    public var steps: [StepID: StepEntry]
    public var canvas: Canvas
    /// The step last worked on (written to), where the whiteboard reopens; nil in files that
    /// predate the field or were never edited in the whiteboard.
    public var currentStep: StepID?

    public init(id: String, problem: String, title: String, createdAt: Date,
                updatedAt: Date? = nil, steps: [StepID: StepEntry] = [:], canvas: Canvas = Canvas(),
                currentStep: StepID? = nil) {
        self.schemaVersion = Session.currentSchemaVersion
        self.id = id
        self.problem = problem
        self.title = title
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        var all = steps
        for step in StepID.allCases where all[step] == nil { all[step] = StepEntry() }
        self.steps = all
        self.canvas = canvas
        self.currentStep = currentStep
    }

    /// A fresh, empty session for a problem, with a random id.
    public static func new(problem: String, title: String, now: Date = Date()) -> Session {
        Session(id: UUID().uuidString.lowercased(), problem: problem, title: title, createdAt: now)
    }

    /// The text of a step ("" when empty).
    public func text(of step: StepID) -> String { steps[step]?.text ?? "" }

    /// Replaces the text of a step.
    public mutating func setText(_ text: String, for step: StepID) {
        steps[step, default: StepEntry()].text = text
    }
}

/// What the user wrote for one step, and how long they spent on it.
public struct StepEntry: Equatable, Sendable {
    public var text: String
    /// Seconds of activity on this step in the whiteboard: time with the step open, not
    /// counting pauses of the clock or idle time over a minute (see docs/session-format.md).
    public var secondsSpent: Int

    public init(text: String = "", secondsSpent: Int = 0) {
        self.text = text
        self.secondsSpent = secondsSpent
    }
}
