/// Terminal display width of text, measured the way python's wcwidth package does, from tables
/// generated out of the Unicode Character Database (`DisplayWidthTable`, Unicode 15.0, by
/// scripts/gen-display-width.py). A `Character` is one grapheme cluster and is measured whole:
/// flags and emoji ZWJ sequences take two columns, combining marks none, Indic conjuncts as many
/// columns as their visible parts. Independent of the C locale, so results are the same in
/// tests, in `mlsd score` and in the terminal.
public enum DisplayWidth {
    /// Columns a single grapheme cluster occupies (0, 1 or 2 for most clusters; an Indic
    /// syllable with several visible parts can take more).
    public static func of(_ character: Character) -> Int {
        // ASCII fast path: one byte is one scalar (printable: one column; control: none).
        let utf8 = character.utf8
        if utf8.count == 1, let b = utf8.first { return b >= 0x20 && b < 0x7F ? 1 : 0 }
        let scalars = character.unicodeScalars
        if scalars.count == 1, let s = scalars.first { return of(s) }
        var width = 0
        var lastMeasured: UInt32? = nil   // last scalar that added columns, for VS16 / Mc
        var afterVirama = false
        var conjunctPending = false
        var skipNext = false
        var regionalIndicators = 0
        for scalar in scalars {
            let v = scalar.value
            if skipNext { skipNext = false; continue }
            if v == 0x200D {                       // ZWJ: the joined emoji adds nothing
                if !afterVirama { skipNext = true }
                continue
            }
            if v == 0xFE0F {                       // VS16: emoji presentation of a narrow base
                if let b = lastMeasured, inTable(DisplayWidthTable.emojiStyleBase, b) { width += 1 }
                lastMeasured = nil
                continue
            }
            if (0x1F1E6...0x1F1FF).contains(v) {   // regional indicators: a pair is one flag
                regionalIndicators += 1
                if regionalIndicators % 2 == 0 { continue }
            } else if (0x1F3FB...0x1F3FF).contains(v), let b = lastMeasured,
                      inTable(DisplayWidthTable.extendedPictographic, b) {
                continue                           // skin-tone modifier on an emoji
            }
            if afterVirama && inTable(DisplayWidthTable.consonant, v) {
                lastMeasured = v                   // consonant joined into a conjunct
                afterVirama = false
                conjunctPending = true
                continue
            }
            let w = of(scalar)
            if w > 0 {
                if conjunctPending { width += 1; conjunctPending = false }
                width += w
                lastMeasured = v
                afterVirama = false
            } else if lastMeasured != nil && inTable(DisplayWidthTable.spacingMark, v) {
                width += 1                         // spacing mark after a base
                lastMeasured = nil
                afterVirama = false
                conjunctPending = false
            } else {
                afterVirama = inTable(DisplayWidthTable.virama, v)
            }
        }
        if conjunctPending { width += 1 }
        return width
    }

    /// Columns a string occupies: the sum over its grapheme clusters.
    public static func of(_ string: some StringProtocol) -> Int {
        // Printable ASCII (no CR LF pair, no controls): one column a byte, no clustering to do.
        var ascii = true
        var count = 0
        for b in string.utf8 {
            if b < 0x20 || b >= 0x7F { ascii = false; break }
            count += 1
        }
        if ascii { return count }
        var total = 0
        for ch in string { total += of(ch) }
        return total
    }

    /// Columns a single scalar occupies (0, 1 or 2); control characters count 0.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return 1 }
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        if inTable(DisplayWidthTable.zeroWidth, v) { return 0 }
        if inTable(DisplayWidthTable.wide, v) { return 2 }
        return 1
    }

    /// The Unicode version the width tables come from.
    public static var unicodeVersion: String { DisplayWidthTable.unicodeVersion }

    /// Binary search in a flat sorted `[lo, hi, lo, hi, …]` range table.
    static func inTable(_ table: [UInt32], _ v: UInt32) -> Bool {
        var lo = 0, hi = table.count / 2 - 1
        if hi < 0 || v < table[0] || v > table[table.count - 1] { return false }
        while lo <= hi {
            let mid = (lo + hi) / 2
            if v < table[2 * mid] { hi = mid - 1 } else if v > table[2 * mid + 1] { lo = mid + 1 } else { return true }
        }
        return false
    }
}
