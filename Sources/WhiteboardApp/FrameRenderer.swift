import Diagram
import Rubric
import TermUI
import WhiteboardCore

/// Renders frames as `AppView.render` does, but a whiteboard pane whose inputs (the parts of the
/// state it reads) are the same as in the last frame is not drawn again: its cells are copied
/// from that frame. The run loop keeps one; the result is always the frame `AppView.render`
/// gives for the same state.
public struct FrameRenderer {
    private struct Memo {
        var inputs: PaneInputs
        var cells: [Cell]
        var cursor: (x: Int, y: Int)?
    }
    private var memos: [Pane: Memo] = [:]
    private var size = (width: 0, height: 0)

    public init() {}

    /// The frame for `state`.
    public mutating func render(_ state: AppState) -> Buffer {
        // A drill or the reference design changes what the panes show (WhiteboardView): those
        // frames are drawn whole, without the memos.
        guard state.screen == .whiteboard, !state.isTooSmall, let b = state.board, !b.practice.changesPanes else {
            memos = [:]
            return AppView.render(state)
        }
        if size != (state.width, state.height) { memos = [:]; size = (state.width, state.height) }
        var buffer = Buffer(width: state.width, height: state.height)
        let layout = WhiteboardLayout(width: state.width, height: state.height, focus: b.focus, zoomed: b.zoomed)
        var cursor: (x: Int, y: Int)?
        // The editor goes last: it places the cursor.
        for pane in [Pane.navigator, .canvas, .rubric, .editor] {
            let rect = layout.rect(of: pane)
            let inputs = PaneInputs(pane, b, rect: rect)
            if let memo = memos[pane], memo.inputs == inputs {
                buffer.paste(memo.cells, in: rect)
                if let c = memo.cursor { cursor = c }
                continue
            }
            buffer.cursor = nil
            switch pane {
            case .navigator: NavigatorPane.render(b, in: rect, into: &buffer)
            case .canvas: CanvasPane.render(b, in: rect, into: &buffer)
            case .rubric: RubricPane.render(b, in: rect, into: &buffer)
            case .editor: EditorPane.render(b, in: rect, into: &buffer)
            }
            if let c = buffer.cursor { cursor = c }
            memos[pane] = Memo(inputs: inputs, cells: buffer.cells(in: rect), cursor: buffer.cursor)
        }
        buffer.cursor = cursor
        StatusBar.render(b, now: state.now, in: layout.statusBar, into: &buffer)
        AppView.renderOverlay(state, into: &buffer)
        return buffer
    }
}

/// What a pane's drawing reads from the board, besides its rectangle.
private enum PaneInputs: Equatable {
    case navigator(Rect, focused: Bool, step: StepID, written: [Bool], report: ScoreReport?, places: [StepID: [[EvidenceLocation?]]])
    case editor(Rect, focused: Bool, step: StepID, showGuide: Bool, template: ProblemTemplate?, problem: String,
                document: TextDocument, scroll: Int?)
    case canvas(Rect, focused: Bool, editor: CanvasEditor, tool: CanvasTool)
    case rubric(Rect, focused: Bool, step: StepID, scroll: Int, selection: Int, report: ScoreReport?,
                places: [StepID: [[EvidenceLocation?]]], template: ProblemTemplate?, problem: String)

    init(_ pane: Pane, _ b: WhiteboardState, rect: Rect) {
        let focused = b.focus == pane
        switch pane {
        case .navigator:
            self = .navigator(rect, focused: focused, step: b.step, written: StepID.allCases.map(b.model.hasText),
                              report: b.report, places: b.score.places)
        case .editor:
            self = .editor(rect, focused: focused, step: b.step, showGuide: b.showGuide, template: b.template,
                           problem: b.model.record.problem, document: b.document, scroll: b.editorScroll[b.step])
        case .canvas:
            self = .canvas(rect, focused: focused, editor: b.canvasEditor, tool: b.canvasTool)
        case .rubric:
            self = .rubric(rect, focused: focused, step: b.step, scroll: b.rubricScroll, selection: b.rubricSelection,
                           report: b.report, places: b.score.places, template: b.template, problem: b.model.record.problem)
        }
    }
}
