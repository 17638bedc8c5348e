import TermUI

/// Renders the whole screen for a state: pure, one frame into a Buffer.
public enum AppView {
    public static func render(_ state: AppState) -> Buffer {
        var buffer = Buffer(width: state.width, height: state.height)
        if state.isTooSmall {
            TooSmallView.render(into: &buffer, width: state.width, height: state.height)
            return buffer
        }
        switch state.screen {
        case .start:
            StartView.render(state, into: &buffer)
        case .whiteboard:
            if let b = state.board { WhiteboardView.render(b, state: state, into: &buffer) }
        }
        renderOverlay(state, into: &buffer)
        return buffer
    }

    /// Draws the open overlay (help, problem, quit dialog), if any, over the screen.
    static func renderOverlay(_ state: AppState, into buffer: inout Buffer) {
        switch state.overlay {
        case .help(let scroll):
            HelpOverlay.render(into: &buffer, scroll: scroll, width: App.helpWidth(state), first: App.helpFirst(state))
            buffer.cursor = nil
        case .problem(let scroll):
            if let b = state.board { ProblemOverlay.render(b, into: &buffer, scroll: scroll) }
            buffer.cursor = nil
        case .quitConfirm:
            QuitDialog.render(into: &buffer)
            buffer.cursor = nil
        case nil:
            break
        }
    }
}
