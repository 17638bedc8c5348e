/// Tells a paste from typing when the terminal does not bracket pastes: text that arrives
/// in one burst (everything already waiting in one read, no pause between the characters) is
/// pasted text when it is at least `minimumLength` characters long, or when a line break or
/// tab in it has more text after it. A person typing never gets that much into one read,
/// so such a burst is inserted as text, never run as commands.
public enum PasteBurst {
    /// Characters (grapheme clusters, a CRLF counting as one) that make a burst a paste.
    public static let minimumLength = 4

    /// Whether a burst of characters counts as pasted text. Only text characters and line
    /// breaks/tabs are ever in a burst (the decoder ends one at any other key).
    public static func isPaste(_ burst: String) -> Bool {
        let chars = Array(normalized(burst))
        if chars.count >= minimumLength { return true }
        guard let firstBreak = chars.firstIndex(where: { $0 == "\n" || $0 == "\t" }) else { return false }
        return firstBreak < chars.count - 1
    }

    /// The burst as text to insert: CRLF and lone CR become one newline each.
    public static func normalized(_ burst: String) -> String {
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for s in burst.unicodeScalars {
            if s == "\n" && previousWasCR { previousWasCR = false; continue }
            previousWasCR = s == "\r"
            out.append(s == "\r" ? "\n" : s)
        }
        return String(out)
    }

    /// Whether a character read from the terminal can be part of a burst: printable text, a
    /// line break (CR or LF) or a tab.
    public static func isBurstCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v == 0x0D || v == 0x0A || v == 0x09 { return true }
        return v >= 0x20 && v != 0x7F && !(v >= 0x80 && v < 0xA0)
    }
}
