/// The Start screen: a problem picker with a filter, and the recent sessions.
public struct StartState: Equatable, Sendable {
    /// Which list the keys go to.
    public enum Focus: Equatable, Sendable { case problems, recent }

    public var focus: Focus = .problems
    /// Typed filter text; matched against problem id and title, case-insensitively.
    public var filter: String = ""
    /// Index into the filtered problem list.
    public var selectedProblem: Int = 0
    /// Index into the recent sessions.
    public var selectedRecent: Int = 0
    /// A one-line error to show (e.g. a session that failed to open).
    public var error: String?

    public init() {}
}
