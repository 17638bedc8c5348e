/// What keys in the canvas pane currently do.
public enum CanvasEditorMode: Equatable, Sendable {
    /// Moving, selecting and editing boxes.
    case normal
    /// Typing the label of box `boxID`; `isNew` when the box was created for it.
    case editingLabel(boxID: String, isNew: Bool)
    /// Choosing the target of an arrow that starts at box `fromBoxID`.
    case connecting(fromBoxID: String)
}
