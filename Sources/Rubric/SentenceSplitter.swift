/// Splits a step's text into sentences, the unit the rubric awards evidence for.
///
/// A sentence ends at `.`, `!` or `?` followed by white space (not after an abbreviation such as
/// "e.g." or "vs." and not inside a number such as 0.5), at a blank line, and at a line break
/// unless the next line continues a wrapped sentence (it starts with a lower-case letter and the
/// line before did not end in punctuation). Every bullet or heading line starts a new sentence,
/// so notes written one idea per line are scored one line at a time.
enum SentenceSplitter {
    private static let abbreviations: Set<String> = ["e.g", "i.e", "vs", "etc", "approx", "cf", "eg", "ie", "incl", "esp", "resp", "mr", "dr", "no", "fig"]

    /// The sentences of `scalars` as scalar-index ranges, trimmed of white space and list markers.
    static func split(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var lines: [Range<Int>] = []
        var start = 0
        for (i, s) in scalars.enumerated() where s == "\n" {
            lines.append(start..<i)
            start = i + 1
        }
        lines.append(start..<scalars.count)

        var current: Range<Int>? = nil
        var previousEndedSentence = true
        func flush() {
            if let c = current { splitOnPunctuation(scalars, c, into: &out) }
            current = nil
        }
        for line in lines {
            let trimmed = trim(scalars, line)
            if trimmed.isEmpty { flush(); previousEndedSentence = true; continue }
            let body = stripMarker(scalars, trimmed)
            let startsNew = previousEndedSentence || body.lowerBound != trimmed.lowerBound
                || !scalars[body.lowerBound].properties.isLowercase
            if startsNew || current == nil {
                flush()
                current = body
            } else {
                current = current!.lowerBound..<body.upperBound
            }
            let last = scalars[trimmed.upperBound - 1]
            previousEndedSentence = ".!?:;".unicodeScalars.contains(last)
        }
        flush()
        return out
    }

    private static func splitOnPunctuation(_ scalars: [Unicode.Scalar], _ range: Range<Int>, into out: inout [Range<Int>]) {
        var start = range.lowerBound
        var i = range.lowerBound
        while i < range.upperBound {
            let s = scalars[i]
            if s == "." || s == "!" || s == "?" {
                let next = i + 1 < range.upperBound ? scalars[i + 1] : " "
                if isSpaceScalar(next), !(s == "." && isAbbreviation(scalars, before: i, from: start)) {
                    let piece = trim(scalars, start..<(i + 1))
                    if !piece.isEmpty { out.append(piece) }
                    start = i + 1
                }
            }
            i += 1
        }
        let piece = trim(scalars, start..<range.upperBound)
        if !piece.isEmpty { out.append(piece) }
    }

    private static func isAbbreviation(_ scalars: [Unicode.Scalar], before dot: Int, from start: Int) -> Bool {
        var j = dot
        while j > start, !isSpaceScalar(scalars[j - 1]), scalars[j - 1] != "(" { j -= 1 }
        let word = String(String.UnicodeScalarView(scalars[j..<dot])).lowercased()
        if word.count == 1, word.unicodeScalars.first!.properties.isAlphabetic { return true }
        return abbreviations.contains(word)
    }

    /// White space, with an ASCII fast path (scalar properties are slow to look up).
    private static func isSpaceScalar(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s == " " || s == "\t" || s == "\n" || s == "\r" || s == "\u{0B}" || s == "\u{0C}" }
        return s.properties.isWhitespace
    }

    private static func trim(_ scalars: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound, hi = r.upperBound
        while lo < hi, isSpaceScalar(scalars[lo]) { lo += 1 }
        while hi > lo, isSpaceScalar(scalars[hi - 1]) { hi -= 1 }
        return lo..<hi
    }

    /// Drops a leading bullet ("-", "*", "+", "•"), number ("1.", "2)") or heading ("#") marker.
    private static func stripMarker(_ scalars: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int> {
        var lo = r.lowerBound
        let first = scalars[lo]
        if "-*+•#>".unicodeScalars.contains(first) {
            while lo < r.upperBound, "-*+•#>".unicodeScalars.contains(scalars[lo]) { lo += 1 }
        } else if first.properties.numericType != nil {
            var j = lo
            while j < r.upperBound, scalars[j].properties.numericType != nil { j += 1 }
            if j < r.upperBound, scalars[j] == "." || scalars[j] == ")", j + 1 < r.upperBound, scalars[j + 1] == " " { lo = j + 1 }
        }
        let t = trim(scalars, lo..<r.upperBound)
        return t.isEmpty ? r : t
    }
}
