import WhiteboardCore

/// Things the view takes from outside the state. The canvas renderer is pluggable so the
/// Diagram target's renderer can draw the canvas pane; without one the pane lists the canvas.
public struct AppEnvironment: Sendable {
    /// Draws a canvas into `width`×`height` rows of text.
    public var canvasRenderer: (@Sendable (Canvas, Int, Int) -> [String])?

    public init(canvasRenderer: (@Sendable (Canvas, Int, Int) -> [String])? = nil) {
        self.canvasRenderer = canvasRenderer
    }
}
