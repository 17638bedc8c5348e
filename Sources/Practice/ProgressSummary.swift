import WhiteboardCore

/// What the Start screen's Progress view shows: the `mlsd progress` text of a history, the
/// skipped files as one line, and the drill on the weakest trade-off. Pure.
public struct ProgressSummary: Equatable, Sendable {
    /// `ProgressText.render` of the history, one element per line.
    public var lines: [String]
    /// "skipped 2 unreadable files: a.json (invalid JSON …), …", nil when none was skipped.
    public var skippedNote: String?
    /// The drill on the weakest trade-off (or the first core one without history); nil with a
    /// reason in `drillUnavailable` when none can be planned.
    public var drill: DrillPlan?
    public var drillUnavailable: String?

    public init(lines: [String], skippedNote: String? = nil, drill: DrillPlan? = nil, drillUnavailable: String? = nil) {
        self.lines = lines; self.skippedNote = skippedNote; self.drill = drill; self.drillUnavailable = drillUnavailable
    }

    /// The summary of `history`, with the drill planned from it over `library`.
    public init(history: SessionHistory, library: TemplateLibrary) {
        let report = ProgressReport(history.sessions)
        var text = ProgressText.render(report)
        if text.hasSuffix("\n") { text.removeLast() }
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        skippedNote = Self.note(history.skipped)
        do {
            drill = try DrillPlan.plan(progress: report, library: library, problem: nil, tradeoff: nil)
            drillUnavailable = nil
        } catch {
            drill = nil
            drillUnavailable = error.message
        }
    }

    /// One line naming the skipped files (the first with its reason).
    static func note(_ skipped: [SkippedFile]) -> String? {
        guard let first = skipped.first else { return nil }
        let name = first.path.split(separator: "/").last.map(String.init) ?? first.path
        let more = skipped.count > 1 ? " and \(skipped.count - 1) more" : ""
        return "skipped \(skipped.count) unreadable file\(skipped.count == 1 ? "" : "s"): \(name) (\(first.reason))\(more)"
    }
}

extension DrillPlan {
    /// The plan of a drill session already made (`DrillSession`): nil when `session` is not a
    /// drill, or names a trade-off the library or its problem does not know.
    public static func reopening(_ session: Session, library: TemplateLibrary) -> DrillPlan? {
        guard let id = DrillSession.tradeoffID(of: session), let t = library.catalogue[id],
              let p = library.problem(id: session.problem), let step = step(of: id, in: p) else { return nil }
        return DrillPlan(problem: p, tradeoff: t, step: step, source: .given)
    }

    /// Seconds a drill answer gets.
    public static let seconds = 180
}
