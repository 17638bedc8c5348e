/// The key-spec notation shared by keymaps, key-script tests and the help overlay.
///
/// A spec is optional modifier prefixes then a key: `C-` Ctrl, `M-` or `A-` Alt, `S-` Shift;
/// the key is one character (`a`, `?`, `é`) or a name (case-insensitive): `Enter` (`CR`, `Return`),
/// `Tab`, `BS` (`Backspace`), `Del` (`Delete`), `Esc` (`Escape`), `Space`, `Ins`, `Up`, `Down`,
/// `Left`, `Right`, `Home`, `End`, `PgUp`, `PgDn`, `F1`…`F12`, `Lt` (`<`). A spec may be wrapped
/// in angle brackets: `<esc>`, `<C-s>`. Examples: `C-s`, `S-Tab`, `F1`, `PgDn`, `M-b`, `<esc>`.
public enum KeySpec {
    /// A spec that could not be read, with the reason.
    public struct ParseError: Error, Equatable, CustomStringConvertible, Sendable {
        public var spec: String
        public var reason: String
        public var description: String { "key spec \"\(spec)\": \(reason)" }
    }

    private static let names: [String: Key] = [
        "enter": .enter, "cr": .enter, "return": .enter, "ret": .enter,
        "tab": .tab, "bs": .backspace, "backspace": .backspace,
        "del": .delete, "delete": .delete, "esc": .escape, "escape": .escape,
        "space": .char(" "), "spc": .char(" "), "ins": .insert, "insert": .insert,
        "up": .up, "down": .down, "left": .left, "right": .right,
        "home": .home, "end": .end, "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
        "lt": .char("<"), "gt": .char(">"), "minus": .char("-"),
    ]

    /// Reads one key spec.
    public static func parse(_ spec: String) throws(ParseError) -> KeyPress {
        var body = Substring(spec)
        if body.count > 2 && body.hasPrefix("<") && body.hasSuffix(">") { body = body.dropFirst().dropLast() }
        guard !body.isEmpty else { throw ParseError(spec: spec, reason: "empty") }
        var mods: Modifiers = []
        while body.count > 2, body.dropFirst().first == "-" {
            switch body.first! {
            case "C", "c": mods.insert(.ctrl)
            case "M", "m", "A", "a": mods.insert(.alt)
            case "S", "s": mods.insert(.shift)
            default: throw ParseError(spec: spec, reason: "unknown modifier \"\(body.first!)-\" (use C-, M-, A- or S-)")
            }
            body = body.dropFirst(2)
        }
        if body.count == 1 {
            var c = body.first!
            if mods.contains(.ctrl), c.isLetter { c = Character(c.lowercased()) }
            return KeyPress(.char(c), mods)
        }
        let name = body.lowercased()
        if let key = names[name] { return KeyPress(key, mods) }
        if name.hasPrefix("f"), let n = Int(name.dropFirst()), (1...24).contains(n) { return KeyPress(.function(n), mods) }
        throw ParseError(spec: spec, reason: "unknown key \"\(body)\"")
    }

    /// Reads a key script: specs separated by spaces, e.g. `"h e l l o C-n w o r l d C-s"`.
    /// A token in double quotes types its characters (`"hello world"` is eleven keys).
    public static func parseScript(_ script: String) throws(ParseError) -> [KeyPress] {
        var out: [KeyPress] = []
        var rest = Substring(script)
        while true {
            rest = rest.drop { $0 == " " || $0 == "\n" }
            guard let first = rest.first else { break }
            if first == "\"", let close = rest.dropFirst().firstIndex(of: "\"") {
                for c in rest[rest.index(after: rest.startIndex)..<close] { out.append(KeyPress(.char(c))) }
                rest = rest[rest.index(after: close)...]
                continue
            }
            let token = rest.prefix { $0 != " " && $0 != "\n" }
            out.append(try parse(String(token)))
            rest = rest.dropFirst(token.count)
        }
        return out
    }

    /// The spec of a key press, as `parse` reads it.
    public static func format(_ k: KeyPress) -> String {
        var s = ""
        if k.modifiers.contains(.ctrl) { s += "C-" }
        if k.modifiers.contains(.alt) { s += "M-" }
        if k.modifiers.contains(.shift) { s += "S-" }
        switch k.key {
        case .char(" "): s += "Space"
        case .char(let c): s += String(c)
        case .enter: s += "Enter"
        case .tab: s += "Tab"
        case .backspace: s += "BS"
        case .delete: s += "Del"
        case .escape: s += "Esc"
        case .insert: s += "Ins"
        case .up: s += "Up"
        case .down: s += "Down"
        case .left: s += "Left"
        case .right: s += "Right"
        case .home: s += "Home"
        case .end: s += "End"
        case .pageUp: s += "PgUp"
        case .pageDown: s += "PgDn"
        case .function(let n): s += "F\(n)"
        }
        return s
    }
}
