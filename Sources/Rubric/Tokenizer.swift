/// One word, number or symbol of a sentence, reduced to a vocabulary id.
struct Token {
    /// Id of the normalised word in the rubric's vocabulary; -1 when the word is in no phrase.
    var id: Int32
    /// A bare number such as 50, 0.5 or 1,500.
    var isNumber: Bool
    /// A number with a unit: "200ms", "50k", "p99", or a number followed by a unit word ("200 ms", "3 M").
    var isQuantity: Bool
    /// A comma, semicolon, slash or pipe stood between the previous token and this one.
    var separatorBefore: Bool
}

/// Splits text into tokens: runs of letters and digits (keeping apostrophes inside words and
/// decimal points inside numbers); `%`, `>`, `<` become tokens of their own; everything else
/// (hyphens, slashes, brackets) separates tokens. Words are lower-cased and normalised with
/// `WordNormalizer`, so phrases and text tokenise the same way.
struct Tokenizer {
    /// Unit words that turn a preceding number into a quantity.
    static let unitWords: Set<String> = [
        "ms", "millisecond", "s", "sec", "second", "minute", "min", "hour", "hr", "h", "day", "week", "month", "year",
        "qps", "rps", "tps", "dau", "mau", "%", "percent", "k", "m", "b", "bn", "mn", "thousand", "million", "billion",
        "trillion", "gb", "tb", "mb", "pb", "kb", "x", "usd", "$",
    ]

    /// Splits `scalars[range]` into raw lower-cased words and symbols, with separator flags.
    static func words(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> [(word: String, separatorBefore: Bool)] {
        var out: [(String, Bool)] = []
        var current = String.UnicodeScalarView()
        var sep = false
        func flush() {
            if !current.isEmpty {
                out.append((String(current).lowercased(), sep))
                current = String.UnicodeScalarView()
                sep = false
            }
        }
        var i = range.lowerBound
        while i < range.upperBound {
            var s = scalars[i]
            if s == "\u{2019}" { s = "'" }
            if s.properties.isAlphabetic || s.properties.numericType != nil {
                current.append(s)
            } else if (s == "'" || s == "." || s == ","), !current.isEmpty, i + 1 < range.upperBound {
                let next = scalars[i + 1]
                let prevIsDigit = current.last!.properties.numericType != nil
                let nextIsDigit = next.properties.numericType != nil
                if s == "'" && next.properties.isAlphabetic && !prevIsDigit {
                    current.append(s)
                } else if s != "'" && prevIsDigit && nextIsDigit {
                    if s == "." { current.append(s) }
                } else {
                    flush()
                    if s == "," { sep = true }
                }
            } else {
                flush()
                switch s {
                case "%", ">", "<", "$": out.append((String(s), sep)); sep = false
                case "\u{2265}": out.append((">", sep)); sep = false
                case "\u{2264}": out.append(("<", sep)); sep = false
                case ",", ";", "/", "|": sep = true
                default: break
                }
            }
            i += 1
        }
        flush()
        return out
    }

    /// The normalised form of a raw word (numbers and symbols are kept as they are).
    static func normalize(_ word: String) -> String {
        guard let first = word.unicodeScalars.first, first.properties.isAlphabetic else { return word }
        return WordNormalizer.normalize(word)
    }

    /// Whether a raw word is a bare number, a number with a glued unit ("200ms", "50k"), or neither.
    static func numberShape(_ word: String) -> (isNumber: Bool, isQuantity: Bool) {
        let scalars = Array(word.unicodeScalars)
        guard let first = scalars.first else { return (false, false) }
        if first == "p", scalars.count >= 3, scalars.dropFirst().allSatisfy({ $0.properties.numericType != nil }) {
            return (false, true)   // p50, p95, p99
        }
        guard first.properties.numericType != nil else { return (false, false) }
        var i = 0
        while i < scalars.count, scalars[i].properties.numericType != nil || scalars[i] == "." { i += 1 }
        if i == scalars.count { return (true, false) }
        let suffix = String(String.UnicodeScalarView(scalars[i...]))
        return unitWords.contains(suffix) || unitWords.contains(WordNormalizer.normalize(suffix)) ? (true, true) : (false, false)
    }

    /// Tokens of `scalars[range]`, with ids from `vocabulary` (-1 for unknown words).
    static func tokens(_ scalars: [Unicode.Scalar], _ range: Range<Int>, vocabulary: [String: Int32]) -> [Token] {
        let raw = words(scalars, range)
        var out: [Token] = []
        out.reserveCapacity(raw.count)
        var previousWasNumber = false
        for (word, sep) in raw {
            let shape = numberShape(word)
            let norm = normalize(word)
            if previousWasNumber, !shape.isNumber, unitWords.contains(norm) {
                out[out.count - 1].isQuantity = true
            }
            out.append(Token(id: vocabulary[norm] ?? -1, isNumber: shape.isNumber, isQuantity: shape.isQuantity, separatorBefore: sep))
            previousWasNumber = shape.isNumber && !shape.isQuantity
        }
        return out
    }

    /// The normalised words of a phrase, for compiling it.
    static func phraseWords(_ phrase: String) -> [String] {
        let scalars = Array(phrase.unicodeScalars)
        return words(scalars, 0..<scalars.count).map { normalize($0.word) }
    }
}
