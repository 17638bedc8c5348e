import Foundation
import WhiteboardCore

/// How a drill is stored: an ordinary session whose id is `drill-<trade-off id>-<8 hex>` and
/// whose title starts with "Drill: ", with the short answer in the trade-off's step.
public enum DrillSession {
    public static let idPrefix = "drill-"
    public static let titlePrefix = "Drill: "

    /// A new drill session for `tradeoff` (listed under `step` by `problem`) holding `answer`.
    public static func make(problem: String, tradeoff: Tradeoff, step: StepID, answer: String, now: Date,
                            suffix: String = String(UUID().uuidString.lowercased().prefix(8))) -> Session {
        var s = Session(id: idPrefix + tradeoff.id + "-" + suffix, problem: problem,
                        title: titlePrefix + tradeoff.title, createdAt: now, currentStep: step)
        s.setText(answer, for: step)
        return s
    }

    /// The drilled trade-off's id, or nil when `session` is not a drill.
    public static func tradeoffID(of session: Session) -> String? {
        guard session.id.hasPrefix(idPrefix), session.title.hasPrefix(titlePrefix) else { return nil }
        let rest = session.id.dropFirst(idPrefix.count)
        guard let dash = rest.lastIndex(of: "-"), dash > rest.startIndex else { return nil }
        return String(rest[..<dash])
    }
}
