import WhiteboardCore

/// The kinds of figure an answer states, as `followUps:` keys and `{kind}` placeholders
/// (`ProblemTemplate.followUpKinds`).
public enum FigureKind: String, CaseIterable, Sendable {
    /// A latency budget: "50 ms", "200 milliseconds p99".
    case latency
    /// Request rate: "10 K QPS", "4 K requests per second".
    case qps
    /// How many users: "100 M daily active users".
    case users
    /// How many items, documents or candidates: "10 B videos", "5 M listings".
    case catalogue
    /// A share: "0.1%", "2 percent".
    case rate
    /// How fresh data must be: "within 5 minutes", "a few seconds old".
    case freshness

    /// The steps where a figure of this kind should shape the answer; a figure stated while
    /// clarifying that such a step never uses is worth a follow-up.
    public var steps: [StepID] {
        switch self {
        case .latency, .qps: [.model, .serving]
        case .users: [.data, .serving]
        case .catalogue: [.data, .model, .serving]
        case .rate: [.data, .model, .evaluation]
        case .freshness: [.data, .serving, .monitoring]
        }
    }
}

/// One figure as the user wrote it, with its kind and the step it is in.
public struct Figure: Equatable, Sendable {
    public var kind: FigureKind
    /// The words as written, e.g. "50 ms", "10 K QPS", "0.1%".
    public var text: String
    /// The number alone as written ("50", "0.1").
    public var number: String
    public var step: StepID

    public init(kind: FigureKind, text: String, number: String, step: StepID) {
        self.kind = kind; self.text = text; self.number = number; self.step = step
    }
}
