/// The seven steps of the ML system-design framework, in interview order.
/// The raw values are the canonical ids used in session files and templates.
public enum StepID: String, CaseIterable, Codable, Sendable, Comparable {
    case clarify, framing, data, model, evaluation, serving, monitoring

    /// The step's display title, as the whiteboard shows it.
    public var title: String {
        switch self {
        case .clarify: "Clarifying requirements"
        case .framing: "Framing as an ML task"
        case .data: "Data preparation"
        case .model: "Model development"
        case .evaluation: "Evaluation"
        case .serving: "Deployment and serving"
        case .monitoring: "Monitoring and infrastructure"
        }
    }

    /// 1-based position in the framework.
    public var number: Int { StepID.allCases.firstIndex(of: self)! + 1 }

    /// The step after this one, or nil for the last.
    public var next: StepID? { number < 7 ? StepID.allCases[number] : nil }
    /// The step before this one, or nil for the first.
    public var previous: StepID? { number > 1 ? StepID.allCases[number - 2] : nil }

    public static func < (a: StepID, b: StepID) -> Bool { a.number < b.number }
}
