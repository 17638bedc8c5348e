import TermUI

/// The whiteboard screen: the four panes and the status bar.
enum WhiteboardView {
    static func render(_ b: WhiteboardState, state: AppState, environment: AppEnvironment, into buffer: inout Buffer) {
        let layout = WhiteboardLayout(width: state.width, height: state.height, focus: b.focus, zoomed: b.zoomed)
        NavigatorPane.render(b, in: layout.navigator, into: &buffer)
        CanvasPane.render(b, in: layout.canvas, environment: environment, into: &buffer)
        RubricPane.render(b, in: layout.rubric, into: &buffer)
        // The editor goes last: it places the cursor.
        EditorPane.render(b, in: layout.editor, into: &buffer)
        StatusBar.render(b, now: state.now, in: layout.statusBar, into: &buffer)
    }
}
