import Diagram
import Foundation
import TermUI
import WhiteboardCore

/// Everything that can change the app state: commands bound to keys, input data, and
/// results reported back by the runtime.
public enum Action: Equatable, Sendable {
    // Whiteboard, any pane
    case save, quit, nextStep, previousStep, gotoStep(StepID)
    case focusNext, focusPrevious, focus(Pane)
    case showHelp, closeOverlay, toggleGuide, toggleZoom, editExternally
    /// Opens the problem overlay: full statement, scale and constraints, every step's prompts
    /// and talking points.
    case showProblem
    /// Pauses or resumes the interview clock.
    case toggleClock
    /// Sets the current step's time back to zero.
    case resetStepClock

    // Rubric pane
    /// Moves the trade-off selection by this many trade-offs.
    case rubricSelect(Int)
    /// Shows the selected trade-off's first quoted sentence in the answer (focus, cursor there).
    case jumpToEvidence

    // Editor
    case insert(String), newline, backspace, deleteForward
    case cursorLeft, cursorRight, cursorUp, cursorDown, rowStart, rowEnd
    case pageUp, pageDown, wordLeft, wordRight, documentStart, documentEnd
    case undo, redo

    // Scrolling the focused list or view (navigator, rubric, canvas, help)
    case scroll(Int)
    case scrollPage(Int)
    case scrollToTop

    // Canvas pane
    /// A command for the canvas editor.
    case canvas(CanvasCommand)
    /// A direction key in the canvas: what it does depends on the canvas tool.
    case canvasDirection(Direction, big: Bool)
    /// Switches the canvas tool (pressing the active tool's key again returns to the cursor).
    case canvasTool(CanvasTool)
    /// Draws the canvas in the next line style.
    case cycleCanvasStyle

    // Quit confirmation
    case confirmSave, confirmDiscard

    // Start screen
    case filterType(Character), filterBackspace, clearFilter
    case startMove(Int), startSwitchList, startActivate

    /// The practice loop: follow-ups, the reference design, progress and drills (App+Practice).
    case practice(PracticeAction)

    // Input data
    case paste(String)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)

    // Reported by the runtime
    case tick(Date)
    case saved(Date)
    case saveFailed(String)
    case externalEditFinished(step: StepID, text: String)
    case externalEditFailed(String)
    case opened(Session, path: String)
    case openFailed(String)
}
