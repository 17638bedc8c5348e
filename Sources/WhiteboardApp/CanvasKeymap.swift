/// The canvas pane's keys. For now the canvas is shown read-only and these keys scroll it;
/// the canvas editor's drawing keys are added to this table when it is wired in.
public enum CanvasKeymap {
    public static let keymap = Keymap(title: "Canvas (read-only for now)", context: .pane(.canvas), bindings: [
        KeyBinding(["j", "Down"], .scroll(1), "scroll down"),
        KeyBinding(["k", "Up"], .scroll(-1), "scroll up"),
        KeyBinding(["h", "Left"], .scrollHorizontally(-1), "scroll left"),
        KeyBinding(["l", "Right"], .scrollHorizontally(1), "scroll right"),
        KeyBinding(["PgDn"], .scrollPage(1), "page down"),
        KeyBinding(["PgUp"], .scrollPage(-1), "page up"),
        KeyBinding(["g", "Home"], .scrollToTop, "back to the top-left corner"),
        KeyBinding(["?"], .showHelp, "this help"),
        KeyBinding(["Esc"], .focus(.editor), "back to the editor"),
    ])
}
