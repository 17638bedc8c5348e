import WhiteboardCore

/// I/O the runtime performs after `reduce`, in order. When a save fails the runtime skips the
/// effects after it (so "save and quit" never quits without saving) and reports `.saveFailed`.
public enum Effect: Equatable, Sendable {
    /// Write the open session to its file atomically; report `.saved` or `.saveFailed`.
    case save
    /// Remember the file as just saved by the user: what "discard" puts back.
    case rememberFileForDiscard
    /// Put the session file back as it was when opened or last saved by the user (undoing
    /// autosaves since); report `.saveFailed` if that fails (the effects after it are skipped).
    case discardToRememberedFile
    /// Leave the app (restore the terminal and exit).
    case quit
    /// Suspend the screen, edit `text` in $EDITOR, report `.externalEditFinished` or `.externalEditFailed`.
    case editExternally(step: StepID, text: String)
    /// Create a session file for the problem in the sessions folder and report `.opened`.
    case createSession(problem: String)
    /// Load a session file and report `.opened` or `.openFailed`.
    case openSession(path: String)
    /// The practice loop's I/O: reading progress, saving a new drill.
    case practice(PracticeEffect)
}
