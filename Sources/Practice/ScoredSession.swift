import Foundation
import Rubric
import WhiteboardCore

/// One session from the sessions folder with its problem and its score.
public struct ScoredSession: Sendable {
    /// Where it was read from ("" for sessions made in memory).
    public var path: String
    public var session: Session
    public var template: ProblemTemplate
    public var report: ScoreReport

    public init(path: String, session: Session, template: ProblemTemplate, report: ScoreReport) {
        self.path = path; self.session = session; self.template = template; self.report = report
    }

    /// When the session was last worked on: the date progress orders and filters by.
    public var date: Date { session.updatedAt }

    /// The trade-off a drill session practised, nil for a full session.
    public var drilledTradeoff: String? { DrillSession.tradeoffID(of: session) }
}

/// A session file that progress could not use, with the one-line reason.
public struct SkippedFile: Equatable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason); skipped" }
}
