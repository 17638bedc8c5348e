import WhiteboardCore

/// One interviewer follow-up question for a step, and why it was chosen.
public struct FollowUp: Equatable, Sendable {
    public var step: StepID
    public var question: String
    public var reason: Reason
    /// One line for the user: what in the answer the question is about.
    public var because: String

    /// What the answer leaves open that the question is about.
    public enum Reason: Equatable, Sendable {
        /// The rubric found the answer contradicting itself on this trade-off.
        case contradiction(tradeoff: String)
        /// A figure stated while clarifying that this step never uses.
        case ignoredFigure(Figure)
        /// A trade-off of this step missing or below level 3.
        case openTradeoff(id: String, level: Int, core: Bool)

        /// A short name for JSON: contradiction, ignored-figure or open-tradeoff.
        public var name: String {
            switch self {
            case .contradiction: "contradiction"
            case .ignoredFigure: "ignored-figure"
            case .openTradeoff: "open-tradeoff"
            }
        }
    }

    public init(step: StepID, question: String, reason: Reason, because: String) {
        self.step = step; self.question = question; self.reason = reason; self.because = because
    }

    /// The prefix of the quoted line the question is inserted as, above the user's reply.
    public static let quotePrefix = "> Interviewer: "

    /// The question as a quoted line to answer below.
    public var quotedLine: String { Self.quotePrefix + question }
}
