import TermUI

/// The whiteboard screen: the four panes and the status bar.
enum WhiteboardView {
    static func render(_ b: WhiteboardState, state: AppState, into buffer: inout Buffer) {
        let layout = WhiteboardLayout(width: state.width, height: state.height, focus: b.focus, zoomed: b.zoomed)
        NavigatorPane.render(b, in: layout.navigator, into: &buffer)
        if let drill = b.practice.drill {
            DrillPanes.renderContext(drill, in: layout.canvas, into: &buffer)
            DrillPanes.renderScore(b, plan: drill, in: layout.rubric, into: &buffer)
        } else {
            CanvasPane.render(b, in: layout.canvas, into: &buffer)
            RubricPane.render(b, in: layout.rubric, into: &buffer)
        }
        // The editor goes last: it places the cursor.
        EditorPane.render(b, in: layout.editor, into: &buffer)
        if let drill = b.practice.drill {
            DrillPanes.renderStatus(b, plan: drill, in: layout.statusBar, into: &buffer)
        } else {
            StatusBar.render(b, now: state.now, in: layout.statusBar, into: &buffer)
        }
        if let reference = b.practice.reference {
            ReferencePane.render(reference, problem: b.template?.title ?? b.model.record.problem, in: ReferencePane.rect(layout), into: &buffer)
        }
        if b.practice.askingReveal { ReferencePane.renderQuestion(into: &buffer) }
    }
}
