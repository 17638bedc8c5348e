/// Tells a paste from typing when the terminal does not bracket pastes: text that arrives
/// in one burst (everything already waiting in one read, no pause between the characters) is
/// pasted text when it is at least `minimumLength` characters long, or when a line break or
/// tab in it has more text after it; one character repeated (a key held down) stays typing.
/// A person typing never gets that much into one read,
/// so such a burst is inserted as text, never run as commands.
public enum PasteBurst {
    /// Characters (grapheme clusters, a CRLF counting as one) that make a burst a paste.
    public static let minimumLength = 4

    /// Whether a burst of characters counts as pasted text. Only text characters and line
    /// breaks/tabs are ever in a burst (the decoder ends one at any other key).
    public static func isPaste(_ burst: String) -> Bool {
        let chars = Array(normalized(burst))
        // One key held down and repeating while the app was busy ("jjjj" in the canvas) is
        // typing, not a paste.
        if let first = chars.first, first != "\n", first != "\t", chars.allSatisfy({ $0 == first }) { return false }
        if chars.count >= minimumLength { return true }
        guard let firstBreak = chars.firstIndex(where: { $0 == "\n" || $0 == "\t" }) else { return false }
        return firstBreak < chars.count - 1
    }

    /// How a burst is read: the pasted text, and whether a final Enter or Tab follows it as a
    /// key. A burst that ends with a line break or tab ("label\r" from a script typing a label
    /// and pressing Enter) keeps that last key as a key: inserted text plus Enter is what a
    /// pasted line ending in a newline means in the editor anyway. Nil when it is not a paste.
    public static func split(_ burst: String) -> (paste: String, lastKey: Unicode.Scalar?)? {
        var scalars = Array(burst.unicodeScalars)
        var last: Unicode.Scalar? = nil
        if let end = scalars.last, end == "\r" || end == "\n" || end == "\t" {
            last = end == "\t" ? "\t" : "\r"
            scalars.removeLast()
            if end == "\n", scalars.last == "\r" { scalars.removeLast() }
        }
        let body = String(String.UnicodeScalarView(scalars))
        guard !body.isEmpty, isPaste(body) else { return nil }
        return (normalized(body), last)
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
