/// What the direction keys do in the canvas pane.
public enum CanvasTool: String, Equatable, Sendable {
    /// Move the cursor; the box under it is selected.
    case cursor
    /// Move the selected box; its arrows re-route.
    case move
    /// Resize the selected box: right/down grow it, left/up shrink it.
    case resize
}
