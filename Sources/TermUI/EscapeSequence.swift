/// Escape sequences terminals send for keys, decoded without ncurses: the Home/End variants of
/// xterm, tmux, rxvt and the VT220 (`ESC [ 1 ~`, `ESC [ 4 ~`, `ESC [ 7 ~`, `ESC [ 8 ~`,
/// `ESC [ H`, `ESC [ F`, `ESC O H`, `ESC O F`) and xterm's modified keys (`ESC [ 1 ; 5 C`).
/// `KeyDecoder` teaches these to ncurses and falls back on `key(for:)` for a sequence ncurses
/// passed through byte by byte.
public enum EscapeSequence {
    /// The Home and End sequences, each with the key it means.
    public static let homeAndEnd: [(sequence: String, key: Key)] = [
        ("\u{1b}[1~", .home), ("\u{1b}[7~", .home), ("\u{1b}[H", .home), ("\u{1b}OH", .home),
        ("\u{1b}[4~", .end), ("\u{1b}[8~", .end), ("\u{1b}[F", .end), ("\u{1b}OF", .end),
    ]

    /// xterm's modifier parameter (`2` = Shift, `3` = Alt, `5` = Ctrl, …) as modifiers.
    static func modifiers(parameter: Int) -> Modifiers? {
        guard parameter >= 2 && parameter <= 16 else { return nil }
        let bits = parameter - 1
        var m: Modifiers = []
        if bits & 1 != 0 { m.insert(.shift) }
        if bits & 2 != 0 { m.insert(.alt) }
        if bits & 4 != 0 { m.insert(.ctrl) }
        return m
    }

    /// The key a whole sequence (starting with ESC) means, or nil for one this table does not
    /// know: Home/End in every variant above, arrows (`ESC [ A`, `ESC O A`), Insert/Delete/
    /// PgUp/PgDn (`ESC [ 2 ~` …), each with an xterm modifier parameter when present.
    public static func key(for sequence: String) -> KeyPress? {
        var scalars = Array(sequence.unicodeScalars)
        guard scalars.count >= 3, scalars[0] == "\u{1b}" else { return nil }
        let introducer = scalars[1]
        scalars.removeFirst(2)
        guard introducer == "[" || introducer == "O", let final = scalars.popLast() else { return nil }
        let params = String(String.UnicodeScalarView(scalars)).split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        if params.contains(where: { $0 == nil }) && !scalars.isEmpty { return nil }
        let numbers = scalars.isEmpty ? [] : params.map { $0! }
        var modifiers: Modifiers = []
        if numbers.count == 2 {
            guard let m = Self.modifiers(parameter: numbers[1]) else { return nil }
            modifiers = m
        } else if numbers.count > 2 {
            return nil
        }
        let letterKeys: [Unicode.Scalar: Key] = ["A": .up, "B": .down, "C": .right, "D": .left, "H": .home, "F": .end]
        if let key = letterKeys[final] {
            // ESC [ 1 ; 5 C: the first parameter is 1 (or absent); ESC O takes none.
            if introducer == "O" && !numbers.isEmpty { return nil }
            if let first = numbers.first, first != 1 { return nil }
            return KeyPress(key, modifiers)
        }
        guard final == "~", introducer == "[", let first = numbers.first else { return nil }
        let tildeKeys: [Int: Key] = [1: .home, 7: .home, 4: .end, 8: .end, 2: .insert, 3: .delete, 5: .pageUp, 6: .pageDown]
        guard let key = tildeKeys[first] else { return nil }
        return KeyPress(key, modifiers)
    }
}
