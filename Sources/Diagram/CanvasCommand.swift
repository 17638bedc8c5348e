/// Everything the canvas pane can be asked to do; `CanvasEditor.apply` carries it out.
/// Steps: `big: false` moves 1 cell, `big: true` moves `CanvasEditor.bigStep` cells.
/// Mouse positions are pane coordinates (0,0 = the pane's top-left cell).
public enum CanvasCommand: Equatable, Sendable {
    /// Moves the cursor; the box under it (if any) becomes the selection.
    case moveCursor(Direction, big: Bool = false)
    /// Creates an empty box at the cursor and starts editing its label.
    case createBox
    /// Creates a box beside the selected one in `Direction`, with an arrow from the selected
    /// box to it, and starts editing its label (the fast way to sketch a pipeline).
    case createConnectedBox(Direction)
    /// Selects the next / previous box in reading order (top to bottom, left to right).
    case selectNext
    case selectPrevious
    /// Selects the next / previous arrow in reading order of its ends (from a selected box:
    /// its first / last arrow). Delete, edit label and reverse then act on the arrow.
    case selectNextArrow
    case selectPreviousArrow
    /// Turns the selected arrow round (not when the reverse arrow already exists).
    case reverseSelectedArrow
    /// Draws the selected arrow with the next line in `ArrowLine.allCases` (solid, dotted,
    /// thick; previous when `reverse`).
    case cycleArrowLine(reverse: Bool = false)
    /// Gives the selected arrow a head at both ends, or takes the second head away.
    case toggleArrowBothWays
    /// Moves the selected box (its arrows re-route). Consecutive moves of one box are one
    /// undo step, and so are consecutive resizes.
    case moveSelected(Direction, big: Bool = false)
    /// Resizes the selected box: right/down grow it, left/up shrink it (to 4×3 at least).
    case resizeSelected(Direction, big: Bool = false)
    /// Starts an arrow from the selected box; pick the target by moving the cursor or
    /// selecting, then `finishConnecting`.
    case startConnecting
    /// Ends the arrow at the box under the cursor, else at the selected box (not the source).
    /// The source box stays selected, so the next arrow starts from it too.
    case finishConnecting
    /// Starts editing the selected box's or arrow's label.
    case editLabel
    /// Label editing: inserts text at the label cursor (control characters are dropped).
    case insertText(String)
    /// Label editing: deletes the character before the label cursor.
    case backspace
    /// Label editing: deletes the character after the label cursor.
    case deleteForward
    /// Label editing: starts a new label line at the label cursor.
    case newline
    /// Label editing: moves the label cursor a character left or right, or to the line
    /// above or below.
    case moveLabelCursor(Direction)
    /// Label editing: moves the label cursor to the start / end of its line.
    case labelLineStart
    case labelLineEnd
    /// Label editing: keeps the label (one undo step, together with the box's creation).
    case commitLabel
    /// Leaves the current mode: label editing restores the label (a box just created is
    /// removed), connecting stops; in normal mode it clears the selection.
    case cancel
    /// Deletes the selected arrow, or the selected box and every arrow from or to it.
    case deleteSelected
    /// Gives the selected box the next kind in `BoxKind.cycle` (previous when `reverse`).
    case cycleKind(reverse: Bool = false)
    /// Sets the line style the canvas is drawn with (a `DiagramStyle` raw value; one undo step).
    case setLineStyle(String?)
    /// Scrolls the view (and the cursor with it) by 4 cells, or half the view when `big`.
    case pan(Direction, big: Bool = false)
    /// Tells the editor the pane size, so the view can follow the cursor.
    case setViewSize(width: Int, height: Int)
    /// Mouse: press on a box selects it and starts dragging it; press on empty space places
    /// the cursor and starts drawing a box; in connecting mode, press on a box ends the arrow.
    case mouseDown(x: Int, y: Int)
    case mouseDrag(x: Int, y: Int)
    /// Mouse: ends a drag (a moved box is one undo step; a drawn rectangle of at least 4×3
    /// becomes a box whose label is then edited).
    case mouseUp(x: Int, y: Int)
    case undo
    case redo
}
