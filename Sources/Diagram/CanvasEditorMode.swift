/// What keys in the canvas pane currently do.
public enum CanvasEditorMode: Equatable, Sendable {
    /// Moving, selecting and editing boxes and arrows.
    case normal
    /// Typing the label of box `boxID`; `isNew` when the box was created for it.
    case editingLabel(boxID: String, isNew: Bool)
    /// Typing the label of arrow `arrowID` (one line).
    case editingArrowLabel(arrowID: String)
    /// Choosing the target of an arrow that starts at box `fromBoxID`.
    case connecting(fromBoxID: String)

    /// Whether typed characters go into a label.
    public var isTyping: Bool {
        switch self {
        case .editingLabel, .editingArrowLabel: true
        case .normal, .connecting: false
        }
    }
}
