/// The panes of the whiteboard, in Tab order.
public enum Pane: Int, CaseIterable, Sendable {
    case navigator, editor, canvas, rubric

    /// The pane's title as its border shows it.
    public var title: String {
        switch self {
        case .navigator: "Steps"
        case .editor: "Answer"
        case .canvas: "Canvas"
        case .rubric: "Rubric"
        }
    }

    /// The next pane in Tab order (wrapping).
    public var next: Pane { Pane(rawValue: (rawValue + 1) % Pane.allCases.count)! }
    /// The previous pane in Tab order (wrapping).
    public var previous: Pane { Pane(rawValue: (rawValue + Pane.allCases.count - 1) % Pane.allCases.count)! }
}
