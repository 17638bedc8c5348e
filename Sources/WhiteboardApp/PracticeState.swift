import Practice
import WhiteboardCore

/// The practice loop's part of an open board (docs/practice.md): the reference design's
/// reveal question and view, and the drill this session is, if it is one.
public struct PracticeState: Equatable, Sendable {
    /// "Reveal the reference design? y/n" is being asked.
    public var askingReveal = false
    /// The reference design shown over the answer, nil while hidden.
    public var reference: ReferenceView?
    /// The drill this session is (a `DrillSession`), nil for a full interview.
    public var drill: DrillPlan?

    public init() {}

    /// The practice state of a session just opened: a drill session reopens as a drill.
    public init(session: Session, library: TemplateLibrary) {
        drill = DrillPlan.reopening(session, library: library)
    }

    /// The reveal question or the reference view takes the keys: typing goes nowhere.
    public var capturesTyping: Bool { askingReveal || reference != nil }

    /// A drill, the reference design or its reveal question changes what the whiteboard's
    /// panes show (WhiteboardView), so the run loop's pane memos do not apply.
    public var changesPanes: Bool { drill != nil || reference != nil || askingReveal }
}

/// The template's reference architecture as drawn beside the user's canvas, with the
/// components and flows the user's canvas lacks marked, and how far it is scrolled.
public struct ReferenceView: Equatable, Sendable {
    /// The drawing, one string per row.
    public var lines: [String]
    /// What the user's canvas lacks.
    public var match: ReferenceMatch
    /// First visible row and column.
    public var top = 0
    public var left = 0

    public init(lines: [String], match: ReferenceMatch) {
        self.lines = lines; self.match = match
    }
}

/// The Start screen's practice part: the Progress view (loaded when first shown) and its
/// drill entry.
public struct StartPractice: Equatable, Sendable {
    /// The Progress view is showing in place of the problem picker.
    public var showingProgress = false
    public var progress: ProgressLoad = .notLoaded
    /// First visible row of the progress text.
    public var scroll = 0

    public init() {}
}

/// Where the Progress view's figures are.
public enum ProgressLoad: Equatable, Sendable {
    /// Never asked for (nothing is read at startup).
    case notLoaded
    /// Asked for; the runtime reports `.practice(.progressLoaded)`.
    case loading
    case loaded(ProgressSummary)
}

/// Actions of the practice loop.
public enum PracticeAction: Equatable, Sendable {
    /// Inserts one follow-up question for the current step as a quoted line.
    case askFollowUp
    /// Asks to reveal the reference design, or hides it when shown.
    case toggleReference
    /// The answer to "Reveal the reference design?".
    case confirmReveal, declineReveal
    /// Scrolls the reference view by rows and columns.
    case scrollReference(rows: Int, columns: Int)
    /// Hides the reference view.
    case hideReference
    /// Reported by the runtime: the sessions folder read for the Progress view.
    case progressLoaded(ProgressSummary)
    /// Scrolls the Progress view by rows.
    case scrollProgress(Int)
    /// Opens a drill on the weakest trade-off.
    case startDrill
}

/// I/O of the practice loop.
public enum PracticeEffect: Equatable, Sendable {
    /// Read and score the sessions folder; report `.practice(.progressLoaded)`.
    case loadProgress
    /// Save `session` (a new drill) as a new file in the sessions folder and open it; report
    /// `.opened` or `.openFailed`.
    case createDrill(Session)
}
