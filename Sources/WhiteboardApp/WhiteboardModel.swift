import Diagram
import Foundation
import WhiteboardCore

/// What the user is working on, held once: the step documents and the canvas editor are the
/// truth for the texts and the diagram; `record` holds the rest of the session (id, problem,
/// title, dates, the step reopened at, seconds per step). A `Session` is built from these only
/// to save or to score (`session`).
public struct WhiteboardModel: Equatable, Sendable {
    /// The session file.
    public var path: String
    /// The problem's template; nil when the library has no template with the session's problem id.
    public var template: ProblemTemplate?
    /// The session without its texts and canvas (those are in `documents` and `canvasEditor`).
    public internal(set) var record: Session
    /// Each step's answer as edited.
    public var documents: [StepID: TextDocument]
    /// The canvas pane's editor; its canvas is the session's canvas.
    public var canvasEditor: CanvasEditor
    /// Step texts from the file that a `TextDocument` shows differently (tabs as spaces, CR line
    /// ends as LF), kept while the step is not edited so saving an untouched step writes it back
    /// as it was read. Dropped at the first edit of the step.
    var openedTexts: [StepID: String] = [:]
    /// Changes not yet written to the file.
    public var dirty = false
    /// When the oldest unsaved change was made.
    public var dirtySince: Date?
    public var lastSavedAt: Date?

    public init(session: Session, path: String, template: ProblemTemplate?) {
        self.path = path
        self.template = template
        var record = session
        var docs: [StepID: TextDocument] = [:]
        var kept: [StepID: String] = [:]
        for step in StepID.allCases {
            let text = session.text(of: step)
            let doc = TextDocument(text)
            if doc.text != text { kept[step] = text }
            docs[step] = doc
            record.setText("", for: step)
        }
        record.canvas = Canvas()
        self.record = record
        self.documents = docs
        self.openedTexts = kept
        self.canvasEditor = CanvasEditor(canvas: session.canvas)
    }

    /// The text of a step as it would be saved.
    public func text(of step: StepID) -> String {
        openedTexts[step] ?? documents[step]?.text ?? ""
    }

    /// True when the step's answer has a character other than white space (cheaper than
    /// building its text).
    public func hasText(_ step: StepID) -> Bool {
        if let opened = openedTexts[step] { return opened.contains { !$0.isWhitespace } }
        return documents[step]?.lines.contains { line in line.contains { !$0.isWhitespace } } ?? false
    }

    /// The session as it would be saved: the record with every step's text and the canvas.
    public var session: Session {
        var s = record
        for step in StepID.allCases { s.setText(text(of: step), for: step) }
        s.canvas = canvasEditor.canvas
        return s
    }
}
