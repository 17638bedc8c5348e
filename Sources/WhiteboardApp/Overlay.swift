/// A window drawn over the current screen that takes the keys while it is open.
public enum Overlay: Equatable, Sendable {
    /// The key list, scrolled down by `scroll` rows.
    case help(scroll: Int)
    /// Quitting with unsaved changes: save, discard or cancel.
    case quitConfirm
    /// The problem: statement, scale and constraints, prompts and talking points of every
    /// step, scrolled down by `scroll` rows.
    case problem(scroll: Int)
}
