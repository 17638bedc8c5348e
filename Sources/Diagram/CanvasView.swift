/// What the canvas pane shows: the visible part of the diagram and where to highlight.
/// All positions are pane coordinates (0,0 = top-left cell of the pane).
public struct CanvasView: Equatable, Sendable {
    /// The visible cells, exactly the pane's width × height.
    public var grid: CharGrid
    /// The selected box's rectangle (may reach past the pane's edges), if any.
    public var selection: GridRect?
    /// The cursor cell, or nil when it is outside the pane.
    public var cursor: GridPoint?
    /// While drawing a box with the mouse: the rectangle so far.
    public var pendingBox: GridRect?
    /// While connecting: the source box's rectangle.
    public var connectingFrom: GridRect?
    /// The editor's mode, for the status line.
    public var mode: CanvasEditorMode
    /// The cells of the selected arrow in the view (line, ends and label), to highlight.
    public var selectedArrowCells: [GridPoint] = []
    /// Where box kinds are written on top borders (pane-only: exported text has no tags).
    public var kindTags: [GridRect] = []

    /// The visible rows as text, each exactly the pane's width.
    public var lines: [String] { grid.lines }
}
