import WhiteboardCore

/// The Start screen: a problem picker with a filter, and the recent sessions.
public struct StartState: Equatable, Sendable {
    /// Which list the keys go to.
    public enum Focus: Equatable, Sendable { case problems, recent }

    public var focus: Focus = .problems
    /// Typed filter text; matched by `StartState.matching` against each problem's id, title,
    /// statement, domain nouns, scale and step prompts, case-insensitively.
    public var filter: String = ""
    /// Index into the filtered problem list.
    public var selectedProblem: Int = 0
    /// Index into the recent sessions.
    public var selectedRecent: Int = 0
    /// A one-line error to show (e.g. a session that failed to open).
    public var error: String?
    /// The Progress view and its drill entry (StartPractice).
    public var practice = StartPractice()

    public init() {}

    /// The problems `filter` finds: every word of it must occur (case-insensitively) in the
    /// problem's id, title, statement, domain nouns, assumptions or step prompts and talking
    /// points, so "ctr" finds ad click prediction. Problems whose id or title hold every word
    /// come first; each group keeps library order.
    public static func matching(_ filter: String, in problems: [ProblemTemplate]) -> [ProblemTemplate] {
        let words = filter.lowercased().split(whereSeparator: { $0.isWhitespace }).map(String.init)
        if words.isEmpty { return problems }
        var byName: [ProblemTemplate] = [], byContent: [ProblemTemplate] = []
        for p in problems {
            let name = (p.id + " " + p.title).lowercased()
            if words.allSatisfy(name.contains) { byName.append(p); continue }
            let content = searchText(of: p)
            if words.allSatisfy(content.contains) { byContent.append(p) }
        }
        return byName + byContent
    }

    /// Everything the filter searches in a problem, lowercased.
    static func searchText(of p: ProblemTemplate) -> String {
        var parts = [p.id, p.title, p.statement] + p.nouns
        for (key, value) in p.assumptions { parts += [key, value] }
        for step in StepID.allCases {
            let t = p.step(step)
            parts += t.prompts + t.talkingPoints
        }
        return parts.joined(separator: "\n").lowercased()
    }
}
