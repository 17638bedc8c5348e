import WhiteboardCore

/// How the whiteboard shows the model: the step on screen, focus, zoom, the guide, scroll
/// positions, selections and the status-bar message. Nothing here is saved except the step
/// (through the record's `currentStep`, when the user writes).
public struct WhiteboardViewState: Equatable, Sendable {
    public var step: StepID
    public var focus: Pane = .editor
    /// The focused pane fills the screen.
    public var zoomed = false
    /// Show the problem statement, prompts and talking points above the answer.
    public var showGuide = true
    /// First visible wrapped row of each step's answer.
    public var editorScroll: [StepID: Int] = [:]
    public var rubricScroll = 0
    /// The trade-off selected in the rubric pane (index into the current step's trade-offs).
    public var rubricSelection = 0
    /// What the canvas pane's direction keys do: move the cursor, the selected box, or resize it.
    public var canvasTool: CanvasTool = .cursor
    /// A transient one-line message for the status bar (saved, save failed, …).
    public var message: String?

    public init(step: StepID) { self.step = step }
}
