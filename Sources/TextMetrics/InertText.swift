/// Makes text safe to show on a terminal: control characters (C0, DEL, C1) and therefore every
/// escape sequence become visible caret or hex notation (`ESC` -> `^[`), so text from a file can
/// never drive the terminal. Newlines and tabs are kept when asked.
public enum InertText {
    /// The visible form of one control scalar, or nil if it is not a control character.
    public static func visible(_ scalar: Unicode.Scalar) -> String? {
        let v = scalar.value
        if v < 0x20 { return "^" + String(Character(Unicode.Scalar(UInt8(v + 0x40)))) }
        if v == 0x7F { return "^?" }
        if v >= 0x80 && v < 0xA0 { return "<U+" + String(v, radix: 16, uppercase: true) + ">" }
        if v == 0x2028 || v == 0x2029 || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069) {
            return "<U+" + String(v, radix: 16, uppercase: true) + ">"
        }
        return nil
    }

    /// `text` with every control character replaced by its visible form.
    /// With `keepNewlines`, "\n" passes through; with `keepTabs`, "\t" does.
    public static func escape(_ text: String, keepNewlines: Bool = false, keepTabs: Bool = false) -> String {
        var needs = false
        for s in text.unicodeScalars where visible(s) != nil {
            if (s == "\n" && keepNewlines) || (s == "\t" && keepTabs) { continue }
            needs = true
            break
        }
        if !needs { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if (s == "\n" && keepNewlines) || (s == "\t" && keepTabs) { out.append(s); continue }
            if let v = visible(s) { out.append(contentsOf: v.unicodeScalars) } else { out.append(s) }
        }
        return String(out)
    }
}
