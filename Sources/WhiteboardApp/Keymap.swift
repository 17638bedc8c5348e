import TermUI

/// Where a keymap applies.
public enum KeyContext: Equatable, Sendable {
    /// The whiteboard, whatever pane has focus.
    case whiteboard
    /// One pane of the whiteboard.
    case pane(Pane)
    case start
    case help
    /// The problem overlay.
    case problem
    case quitConfirm
}

/// One binding: the keys (as key specs), the action, and the line the help overlay shows.
public struct KeyBinding: Equatable, Sendable {
    public var keys: [KeyPress]
    public var action: Action
    public var help: String

    /// A binding from key specs such as `"C-s"`; a bad spec is a programming error.
    public init(_ specs: [String], _ action: Action, _ help: String) {
        self.keys = specs.map { spec in
            do { return try KeySpec.parse(spec) } catch { preconditionFailure("\(error)") }
        }
        self.action = action
        self.help = help
    }
}

/// A table of bindings for one context. Keymaps are data: dispatch and the help overlay
/// both read them.
public struct Keymap: Equatable, Sendable {
    public var title: String
    public var context: KeyContext
    public var bindings: [KeyBinding]

    public init(title: String, context: KeyContext, bindings: [KeyBinding]) {
        self.title = title; self.context = context; self.bindings = bindings
    }

    /// The action bound to `key`, if any.
    public func action(for key: KeyPress) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }
}
