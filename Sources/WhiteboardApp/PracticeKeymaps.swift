import TermUI

/// The practice loop's key tables: the reveal question and the reference view. The keys that
/// open them (F7, F8) are rows of `Keymaps.whiteboard`.
public enum PracticeKeymaps {
    /// "Reveal the reference design? y/n".
    public static let reveal = Keymap(title: "Reveal the reference design?", context: .whiteboard, bindings: [
        KeyBinding(["y", "Y", "Enter"], .practice(.confirmReveal), "show the reference design beside your canvas"),
        KeyBinding(["n", "N", "Esc", "q"], .practice(.declineReveal), "not now: keep practising without it"),
    ])

    /// The reference design shown over the answer, above the user's canvas.
    public static let reference = Keymap(title: "Reference design (shown over the answer)", context: .whiteboard, bindings: [
        KeyBinding(["Esc", "F8", "M-r", "q"], .practice(.hideReference), "hide the reference design"),
        KeyBinding(["j", "Down"], .practice(.scrollReference(rows: 1, columns: 0)), "scroll down"),
        KeyBinding(["k", "Up"], .practice(.scrollReference(rows: -1, columns: 0)), "scroll up"),
        KeyBinding(["l", "Right"], .practice(.scrollReference(rows: 0, columns: 8)), "scroll right"),
        KeyBinding(["h", "Left"], .practice(.scrollReference(rows: 0, columns: -8)), "scroll left"),
        KeyBinding(["PgDn", "Space"], .practice(.scrollReference(rows: 10, columns: 0)), "page down"),
        KeyBinding(["PgUp"], .practice(.scrollReference(rows: -10, columns: 0)), "page up"),
    ])

    /// The practice keymaps that take over the whiteboard now (before the whiteboard-wide
    /// keys), nil when neither the reveal question nor the reference view is showing.
    static func active(in state: AppState) -> [Keymap]? {
        guard state.screen == .whiteboard, let p = state.board?.practice else { return nil }
        if p.askingReveal { return [reveal] }
        if p.reference != nil { return [reference, Keymaps.whiteboard] }
        return nil
    }
}
