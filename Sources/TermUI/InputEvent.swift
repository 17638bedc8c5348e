/// A key on the keyboard, without modifiers.
public enum Key: Hashable, Sendable {
    /// A printable character (for Ctrl/Alt combinations the base character, lowercased for letters).
    case char(Character)
    case enter, tab, backspace, delete, escape, insert
    case up, down, left, right, home, end, pageUp, pageDown
    /// A function key, F1 = `.function(1)`.
    case function(Int)
}

/// Modifier keys held with a key.
public struct Modifiers: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let ctrl = Modifiers(rawValue: 1)
    public static let alt = Modifiers(rawValue: 2)
    public static let shift = Modifiers(rawValue: 4)
}

/// A key with its modifiers: what keymaps bind and key scripts list.
public struct KeyPress: Hashable, Sendable, CustomStringConvertible {
    public var key: Key
    public var modifiers: Modifiers

    public init(_ key: Key, _ modifiers: Modifiers = []) {
        self.key = key
        self.modifiers = modifiers
    }

    /// A plain character key.
    public static func char(_ c: Character) -> KeyPress { KeyPress(.char(c)) }
    /// Ctrl plus a letter.
    public static func ctrl(_ c: Character) -> KeyPress { KeyPress(.char(c), .ctrl) }

    /// The character this key types, when it types one (no Ctrl or Alt held).
    public var typedCharacter: Character? {
        if case .char(let c) = key, modifiers.isDisjoint(with: [.ctrl, .alt]) { return c }
        return nil
    }

    /// The key in key-spec notation ("C-s", "S-Tab", "F1", "a"); `KeySpec.parse` reads it back.
    public var description: String { KeySpec.format(self) }
}

/// A mouse button action at a cell.
public struct MouseEvent: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case press, release, drag, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int

    public init(_ kind: Kind, x: Int, y: Int) {
        self.kind = kind; self.x = x; self.y = y
    }
}

/// Everything a terminal can report.
public enum InputEvent: Equatable, Sendable {
    case key(KeyPress)
    /// Text pasted with bracketed paste: inserted as is, never interpreted as keys.
    case paste(String)
    case mouse(MouseEvent)
    /// The terminal now has this many columns and rows.
    case resize(width: Int, height: Int)
}
