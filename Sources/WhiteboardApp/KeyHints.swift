import TermUI

/// The key hints of the status bar as named commands: each names the actions it stands for and
/// a short name, and its keys are looked up in a keymap, so the hint always shows the key that
/// is bound (Helix-style: one table of commands, the keys come from the bindings).
public struct KeyHint: Equatable, Sendable {
    /// The actions whose first keys the hint shows, joined by "/" ("C-n/C-p step").
    public var actions: [Action]
    public var name: String

    public init(_ actions: [Action], _ name: String) { self.actions = actions; self.name = name }

    /// "C-s save": the first key of each action's binding in `map`; nil when none is bound.
    public func text(in map: Keymap) -> String? {
        let keys = actions.compactMap { a in map.bindings.first { $0.action == a }?.keys.first.map(KeySpec.format) }
        guard keys.count == actions.count else { return nil }
        return keys.joined(separator: "/") + " " + name
    }

    /// The hints joined as the status bar shows them (two spaces between).
    public static func text(_ hints: [KeyHint], in map: Keymap) -> String {
        hints.compactMap { $0.text(in: map) }.joined(separator: "  ")
    }

    /// The whiteboard's status-bar hints, longest first; the bar shows the first that fits.
    public static let whiteboard: [[KeyHint]] = [
        [KeyHint([.showHelp], "help"), KeyHint([.showProblem], "problem"), KeyHint([.save], "save"),
         KeyHint([.nextStep, .previousStep], "step"), KeyHint([.quit], "quit")],
        [KeyHint([.showHelp], "help"), KeyHint([.showProblem], "problem"), KeyHint([.quit], "quit")],
        [KeyHint([.showHelp], "help"), KeyHint([.quit], "quit")],
        [KeyHint([.showHelp], "help")],
    ]
}
