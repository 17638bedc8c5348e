import Diagram
import Foundation
import Rubric
import WhiteboardCore

/// An open session on the whiteboard, in four parts: the model (the step documents and the
/// canvas editor, the truth; the rest of the session; save state), the view (step, focus,
/// scrolls, selections, message), the clock, and the score derived from the model. Equality is
/// synthesised from the parts. The properties after the parts are shorthands for their fields.
public struct WhiteboardState: Equatable, Sendable {
    public var model: WhiteboardModel
    public var view: WhiteboardViewState
    public var clock: WhiteboardClock
    public var score: WhiteboardScore
    /// The practice loop: reference design shown, drill (PracticeState).
    public var practice = PracticeState()

    public init(session: Session, path: String, template: ProblemTemplate?, now: Date) {
        model = WhiteboardModel(session: session, path: path, template: template)
        view = WhiteboardViewState(step: session.currentStep ?? .clarify)
        clock = WhiteboardClock(now: now)
        score = WhiteboardScore(now: now)
    }

    /// The session as it would be saved, built from the documents and the canvas editor.
    public var session: Session { model.session }

    // MARK: Model
    public var path: String { model.path }
    public var template: ProblemTemplate? { model.template }
    public var documents: [StepID: TextDocument] {
        get { model.documents }
        set { model.documents = newValue }
    }
    public var canvasEditor: CanvasEditor {
        get { model.canvasEditor }
        set { model.canvasEditor = newValue }
    }
    /// The character set the canvas is drawn with: the canvas's saved `style` (single when
    /// it has none or one this build does not know).
    public var canvasStyle: DiagramStyle { canvasEditor.canvas.style.flatMap(DiagramStyle.init(rawValue:)) ?? .single }
    public var dirty: Bool { model.dirty }
    public var dirtySince: Date? { model.dirtySince }
    public var lastSavedAt: Date? { model.lastSavedAt }

    /// The document of the current step.
    public var document: TextDocument {
        get { model.documents[view.step] ?? TextDocument() }
        set { model.documents[view.step] = newValue }
    }

    // MARK: View
    public var step: StepID { view.step }
    public var focus: Pane {
        get { view.focus }
        set { view.focus = newValue }
    }
    public var zoomed: Bool { view.zoomed }
    public var showGuide: Bool { view.showGuide }
    public var editorScroll: [StepID: Int] { view.editorScroll }
    public var rubricScroll: Int { view.rubricScroll }
    public var rubricSelection: Int { view.rubricSelection }
    public var canvasTool: CanvasTool { view.canvasTool }
    public var message: String? {
        get { view.message }
        set { view.message = newValue }
    }

    // MARK: Clock
    public var pendingSeconds: Double { clock.pendingSeconds }
    public var lastTickAt: Date { clock.lastTickAt }
    public var lastActivityAt: Date { clock.lastActivityAt }
    public var lastEditAt: Date { clock.lastEditAt }
    public var clockPaused: Bool { clock.paused }

    /// Total interview time so far in seconds (saved time of every step plus the running part).
    public var elapsedSeconds: Int {
        StepID.allCases.reduce(0) { $0 + (model.record.steps[$1]?.secondsSpent ?? 0) } + Int(clock.pendingSeconds)
    }

    /// Seconds spent on the current step.
    public var stepSeconds: Int { (model.record.steps[view.step]?.secondsSpent ?? 0) + Int(clock.pendingSeconds) }

    /// The current step's time budget in minutes from the template (0 when unknown).
    public var stepBudgetMinutes: Int { template?.step(view.step).minutes ?? 0 }

    // MARK: Score
    public var report: ScoreReport? { score.report }
    /// The text changed since the last score.
    public var scoreDirty: Bool { score.due }
    public var lastScoredAt: Date { score.lastScoredAt }
    /// The problem's rubric, compiled at the first score (nil without a template).
    public var rubric: CompiledRubric? { score.analyses.rubric }
}
