import Diagram
import Foundation
import Rubric
import WhiteboardCore

/// An open session on the whiteboard: the text documents of the seven steps, focus, scroll
/// positions, save state, the interview clock and the latest score.
public struct WhiteboardState: Equatable, Sendable {
    /// The session with every step's text as edited. Steps typed into since the last
    /// `syncSession()` are copied from their documents when read, so typing does not join the
    /// whole answer into a string on every key.
    public var session: Session {
        get {
            guard !staleSteps.isEmpty else { return storedSession }
            var s = storedSession
            for step in staleSteps { s.setText(documents[step]?.text ?? "", for: step) }
            return s
        }
        set {
            storedSession = newValue
            staleSteps = []
        }
    }
    /// The session as last synced with the documents.
    var storedSession: Session
    /// Steps whose document changed since the last sync.
    var staleSteps: Set<StepID> = []
    /// The session file.
    public var path: String
    /// The problem's template; nil when the library has no template with the session's problem id.
    public var template: ProblemTemplate?
    public var documents: [StepID: TextDocument]
    public var step: StepID = .clarify
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
    /// The canvas pane's editor; its canvas is copied into `session.canvas` after every change.
    public var canvasEditor: CanvasEditor
    /// What the canvas pane's direction keys do: move the cursor, the selected box, or resize it.
    public var canvasTool: CanvasTool = .cursor
    /// The character set the canvas is drawn with: the canvas's saved `style` (single when
    /// it has none or one this build does not know).
    public var canvasStyle: DiagramStyle { canvasEditor.canvas.style.flatMap(DiagramStyle.init(rawValue:)) ?? .single }

    /// Changes not yet written to the file.
    public var dirty = false
    /// When the oldest unsaved change was made.
    public var dirtySince: Date?
    public var lastSavedAt: Date?
    /// The text changed since the last score.
    public var scoreDirty = false
    public var lastScoredAt: Date
    /// When the text last changed.
    public var lastEditAt: Date
    public var report: ScoreReport?
    /// The problem's rubric, compiled once when the session opens (nil without a template).
    /// Derived from `template` and the catalogue, so it is left out of `==`.
    public var rubric: CompiledRubric?
    /// Seconds on the current step not yet added to the session's `secondsSpent`.
    public var pendingSeconds: Double = 0
    public var lastTickAt: Date
    /// When the user last pressed a key, clicked or pasted: the clock counts only up to
    /// `App.idleLimit` after it.
    public var lastActivityAt: Date
    /// The interview clock is paused (by the user).
    public var clockPaused = false
    /// A transient one-line message for the status bar (saved, save failed, …).
    public var message: String?
    /// The practice loop: reference design shown, drill (PracticeState).
    public var practice = PracticeState()

    public init(session: Session, path: String, template: ProblemTemplate?, now: Date) {
        self.storedSession = session
        self.path = path
        self.template = template
        var docs: [StepID: TextDocument] = [:]
        for s in StepID.allCases { docs[s] = TextDocument(session.text(of: s)) }
        self.documents = docs
        self.canvasEditor = CanvasEditor(canvas: session.canvas)
        self.lastScoredAt = now
        self.lastEditAt = now
        self.lastTickAt = now
        self.lastActivityAt = now
        self.scoreDirty = true
        self.step = session.currentStep ?? .clarify
    }

    public static func == (a: WhiteboardState, b: WhiteboardState) -> Bool {
        a.session == b.session && a.path == b.path && a.template == b.template && a.documents == b.documents
            && a.step == b.step && a.focus == b.focus && a.zoomed == b.zoomed && a.showGuide == b.showGuide
            && a.editorScroll == b.editorScroll && a.rubricScroll == b.rubricScroll && a.rubricSelection == b.rubricSelection
            && a.clockPaused == b.clockPaused
            && a.canvasEditor == b.canvasEditor && a.canvasTool == b.canvasTool && a.dirty == b.dirty && a.report == b.report && a.message == b.message
            && a.practice == b.practice
    }

    /// Copies the edited texts into the stored session (once per frame, not per key).
    mutating func syncSession() {
        guard !staleSteps.isEmpty else { return }
        storedSession = session
        staleSteps = []
    }

    /// The document of the current step.
    public var document: TextDocument {
        get { documents[step] ?? TextDocument() }
        set { documents[step] = newValue }
    }

    /// Total interview time so far in seconds (saved time of every step plus the running part).
    public var elapsedSeconds: Int {
        StepID.allCases.reduce(0) { $0 + (storedSession.steps[$1]?.secondsSpent ?? 0) } + Int(pendingSeconds)
    }

    /// Seconds spent on the current step.
    public var stepSeconds: Int { (storedSession.steps[step]?.secondsSpent ?? 0) + Int(pendingSeconds) }

    /// The current step's time budget in minutes from the template (0 when unknown).
    public var stepBudgetMinutes: Int { template?.step(step).minutes ?? 0 }
}
