import Diagram

/// The canvas pane's keys, one table per editor mode. Keyboard first: every drawing operation
/// has a key; the mouse is optional.
public enum CanvasKeymap {
    /// Normal mode: move around, create, connect, move and resize boxes.
    public static let keymap = Keymap(title: "Canvas", context: .pane(.canvas), bindings: [
        KeyBinding(["h", "Left"], .canvasDirection(.left, big: false), "left: cursor, or the box in move/resize mode"),
        KeyBinding(["j", "Down"], .canvasDirection(.down, big: false), "down: cursor, or the box in move/resize mode"),
        KeyBinding(["k", "Up"], .canvasDirection(.up, big: false), "up: cursor, or the box in move/resize mode"),
        KeyBinding(["l", "Right"], .canvasDirection(.right, big: false), "right: cursor, or the box in move/resize mode"),
        KeyBinding(["H", "S-Left"], .canvasDirection(.left, big: true), "left by \(CanvasEditor.bigStep)"),
        KeyBinding(["J", "S-Down"], .canvasDirection(.down, big: true), "down by \(CanvasEditor.bigStep)"),
        KeyBinding(["K", "S-Up"], .canvasDirection(.up, big: true), "up by \(CanvasEditor.bigStep)"),
        KeyBinding(["L", "S-Right"], .canvasDirection(.right, big: true), "right by \(CanvasEditor.bigStep)"),
        KeyBinding(["n", "o"], .canvas(.createBox), "new box at the cursor, then type its label"),
        KeyBinding(["M-l", "M-Right"], .canvas(.createConnectedBox(.right)), "new box to the right, connected from the selected one"),
        KeyBinding(["M-j", "M-Down"], .canvas(.createConnectedBox(.down)), "new box below, connected from the selected one"),
        KeyBinding(["M-h", "M-Left"], .canvas(.createConnectedBox(.left)), "new box to the left, connected from the selected one"),
        KeyBinding(["M-k", "M-Up"], .canvas(.createConnectedBox(.up)), "new box above, connected from the selected one"),
        KeyBinding(["]", "w"], .canvas(.selectNext), "select the next box"),
        KeyBinding(["[", "b"], .canvas(.selectPrevious), "select the previous box"),
        KeyBinding(["m"], .canvasTool(.move), "move mode: direction keys move the selected box (m again: cursor)"),
        KeyBinding(["r"], .canvasTool(.resize), "resize mode: direction keys resize the selected box (r again: cursor)"),
        KeyBinding(["c"], .canvas(.startConnecting), "connect: start an arrow from the selected box (it stays selected)"),
        KeyBinding(["a"], .canvas(.selectNextArrow), "select the next arrow (from a box: its first arrow)"),
        KeyBinding(["A"], .canvas(.selectPreviousArrow), "select the previous arrow"),
        KeyBinding(["v"], .canvas(.reverseSelectedArrow), "reverse the selected arrow"),
        KeyBinding(["-"], .canvas(.cycleArrowLine(reverse: false)), "the selected arrow's line: solid, dotted, thick"),
        KeyBinding(["_"], .canvas(.cycleArrowLine(reverse: true)), "the selected arrow's line, backwards"),
        KeyBinding(["<"], .canvas(.toggleArrowBothWays), "the selected arrow: heads at both ends, or one"),
        KeyBinding(["e", "Enter"], .canvas(.editLabel), "edit the selected box's or arrow's label"),
        KeyBinding(["x", "Del", "d"], .canvas(.deleteSelected), "delete the selected arrow, or the selected box and its arrows"),
        KeyBinding(["t"], .canvas(.cycleKind(reverse: false)), "next kind for the selected box, written on its top border (\(BoxKind.legend))"),
        KeyBinding(["T"], .canvas(.cycleKind(reverse: true)), "previous kind"),
        KeyBinding(["s"], .cycleCanvasStyle, "line style: single, rounded, double, heavy, ASCII"),
        KeyBinding(["C-Left"], .canvas(.pan(.left, big: false)), "pan the view left"),
        KeyBinding(["C-Right"], .canvas(.pan(.right, big: false)), "pan the view right"),
        KeyBinding(["C-Up", "PgUp"], .canvas(.pan(.up, big: false)), "pan the view up"),
        KeyBinding(["C-Down", "PgDn"], .canvas(.pan(.down, big: false)), "pan the view down"),
        KeyBinding(["u", "C-z"], .canvas(.undo), "undo a canvas change"),
        KeyBinding(["C-r", "C-y"], .canvas(.redo), "redo"),
        KeyBinding(["Esc"], .canvas(.cancel), "leave move/resize mode, else clear the selection (box or arrow)"),
        KeyBinding(["?"], .showHelp, "this help"),
    ])

    /// While a label is being typed: typing inserts text.
    public static let labelEditing = Keymap(title: "Canvas: editing a box's or arrow's label (typing inserts text)", context: .pane(.canvas), bindings: [
        KeyBinding(["Enter"], .canvas(.commitLabel), "keep the label"),
        KeyBinding(["M-Enter", "C-j"], .canvas(.newline), "new line in the label"),
        KeyBinding(["Left"], .canvas(.moveLabelCursor(.left)), "label cursor left"),
        KeyBinding(["Right"], .canvas(.moveLabelCursor(.right)), "label cursor right"),
        KeyBinding(["Up"], .canvas(.moveLabelCursor(.up)), "label cursor to the line above"),
        KeyBinding(["Down"], .canvas(.moveLabelCursor(.down)), "label cursor to the line below"),
        KeyBinding(["Home", "C-a"], .canvas(.labelLineStart), "start of the label line"),
        KeyBinding(["End", "C-e"], .canvas(.labelLineEnd), "end of the label line"),
        KeyBinding(["BS", "C-h"], .canvas(.backspace), "delete before the label cursor"),
        KeyBinding(["Del", "C-d"], .canvas(.deleteForward), "delete after the label cursor"),
        KeyBinding(["Esc"], .canvas(.cancel), "cancel (a box just created is removed)"),
    ])

    /// While an arrow is being connected.
    public static let connecting = Keymap(title: "Canvas: connecting an arrow", context: .pane(.canvas), bindings: [
        KeyBinding(["h", "Left"], .canvas(.moveCursor(.left)), "cursor left"),
        KeyBinding(["j", "Down"], .canvas(.moveCursor(.down)), "cursor down"),
        KeyBinding(["k", "Up"], .canvas(.moveCursor(.up)), "cursor up"),
        KeyBinding(["l", "Right"], .canvas(.moveCursor(.right)), "cursor right"),
        KeyBinding(["H", "S-Left"], .canvas(.moveCursor(.left, big: true)), "cursor left by \(CanvasEditor.bigStep)"),
        KeyBinding(["J", "S-Down"], .canvas(.moveCursor(.down, big: true)), "cursor down by \(CanvasEditor.bigStep)"),
        KeyBinding(["K", "S-Up"], .canvas(.moveCursor(.up, big: true)), "cursor up by \(CanvasEditor.bigStep)"),
        KeyBinding(["L", "S-Right"], .canvas(.moveCursor(.right, big: true)), "cursor right by \(CanvasEditor.bigStep)"),
        KeyBinding(["]", "w"], .canvas(.selectNext), "select the next box as the target"),
        KeyBinding(["[", "b"], .canvas(.selectPrevious), "select the previous box as the target"),
        KeyBinding(["c", "Enter"], .canvas(.finishConnecting), "end the arrow at the box under the cursor (or the selected one)"),
        KeyBinding(["Esc"], .canvas(.cancel), "stop connecting"),
    ])

    /// The table for the editor's current mode.
    public static func keymap(for mode: CanvasEditorMode) -> Keymap {
        switch mode {
        case .normal: keymap
        case .editingLabel, .editingArrowLabel: labelEditing
        case .connecting: connecting
        }
    }
}
