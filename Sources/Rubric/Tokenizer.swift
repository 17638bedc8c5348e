/// One word, number or symbol of a sentence, reduced to a vocabulary id.
struct Token {
    /// Id of the normalised word in the rubric's vocabulary; -1 when the word is in no phrase.
    var id: Int32
    /// A bare number such as 50, 0.5 or 1,500.
    var isNumber: Bool
    /// A quantity: a number with a unit ("200ms", "50k", "p99", "200 ms", "3 M") or a scale word ("millions").
    var isQuantity: Bool
    /// A comma, semicolon, slash or pipe stood between the previous token and this one.
    var separatorBefore: Bool
    /// Written as a past form ("-ed") that no catalogue term uses: most likely a verb.
    var isPastForm: Bool = false
    /// A semicolon or dash stood between the previous token and this one (a new clause).
    var clauseBreakBefore: Bool = false
    /// A function word or an empty evaluative ("it", "is", "better", "good", "some"): says
    /// nothing about the problem, so it does not make a reason or a cost substantive.
    var isFiller: Bool = false
    /// Inside round brackets.
    var inBracket: Bool = false
    /// FNV-1a hash of the normalised word, for n-gram overlap with the template's own text.
    var hash: UInt64 = 0
    /// The figure when this is a number of milliseconds ("10 ms", "10ms"), else 0.
    var milliseconds: Double = 0
    /// The value of a bare number (0 otherwise).
    var value: Double = 0
    /// A bare number followed by "%" or "percent".
    var percentFollows = false
}

/// Splits text into tokens: runs of letters and digits (keeping apostrophes inside words and
/// decimal points inside numbers); `%`, `>`, `<`, `$` become tokens of their own; everything else
/// (hyphens, slashes, brackets) separates tokens. Words are lower-cased and normalised with
/// `WordNormalizer`, so phrases and text tokenise the same way. ASCII is handled byte by byte.
enum Tokenizer {
    /// Unit words that turn a preceding number into a quantity (normalised forms).
    static let unitWords: Set<String> = Set([
        "ms", "millisecond", "s", "sec", "second", "minute", "min", "hour", "hr", "h", "day", "week", "month", "year",
        "qps", "rps", "tps", "dau", "mau", "%", "percent", "k", "m", "b", "bn", "mn", "thousand", "million", "billion",
        "trillion", "gb", "tb", "mb", "pb", "kb", "x", "usd", "eur", "$",
    ].map { WordNormalizer.normalize($0) })

    private static let msBytes = Array("ms".utf8)
    private static let percentBytes = Array("%".utf8)
    private static let percentWordBytes = Array("percent".utf8)
    private static let millisecondBytes = Array(WordNormalizer.normalize("millisecond").utf8)

    /// Words that state a scale on their own ("millions of ids"), normalised.
    static let scaleWords: Set<String> = Set(["thousand", "million", "billion", "trillion"].map { WordNormalizer.normalize($0) })

    /// A raw word: lower-cased UTF-8 bytes, before normalisation.
    struct RawWord {
        var bytes: [UInt8]
        var separatorBefore: Bool
    }

    /// Splits `scalars[range]` into raw lower-cased words and symbols, with separator flags.
    static func words(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> [RawWord] {
        var out: [RawWord] = []
        forEachWord(scalars, range) { bytes, sep in out.append(RawWord(bytes: bytes, separatorBefore: sep & listSeparator != 0)) }
        return out
    }

    /// Separator flags passed to `forEachWord`'s body: a list separator (, ; / |) and a clause
    /// break (; em or en dash; not a colon, which in notes joins a label to its explanation) stood before the word.
    static let listSeparator: UInt8 = 1
    static let clauseBreak: UInt8 = 2
    /// Set on every word inside round brackets.
    static let bracketed: UInt8 = 4

    /// Calls `body` with each raw lower-cased word or symbol of `scalars[range]` (in a reused
    /// buffer that `body` may modify) and the separators that preceded it.
    static func forEachWord(_ scalars: [Unicode.Scalar], _ range: Range<Int>, _ body: (inout [UInt8], UInt8) -> Void) {
        var current: [UInt8] = []
        current.reserveCapacity(32)
        var symbol: [UInt8] = [0]
        var currentLastIsDigit = false
        var sep: UInt8 = 0
        var depth = 0
        func flush() {
            if !current.isEmpty {
                body(&current, sep | (depth > 0 ? bracketed : 0))
                current.removeAll(keepingCapacity: true)
                sep = 0
            }
        }
        func emit(_ b: UInt8) {
            symbol[0] = b
            body(&symbol, sep | (depth > 0 ? bracketed : 0))
            if symbol.isEmpty { symbol = [0] }
            sep = 0
        }
        var i = range.lowerBound
        while i < range.upperBound {
            var s = scalars[i]
            if s == "\u{2019}" { s = "'" }
            let v = s.value
            if v < 0x80 {
                let b = UInt8(v)
                switch b {
                case UInt8(ascii: "a")...UInt8(ascii: "z"):
                    current.append(b); currentLastIsDigit = false
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    current.append(b + 32); currentLastIsDigit = false
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    current.append(b); currentLastIsDigit = true
                case UInt8(ascii: "'"), UInt8(ascii: "."), UInt8(ascii: ","):
                    let next: UInt32 = i + 1 < range.upperBound ? scalars[i + 1].value : 0x20
                    let nextIsDigit = next >= 0x30 && next <= 0x39
                    let nextIsLetter = (next >= 0x61 && next <= 0x7A) || (next >= 0x41 && next <= 0x5A) || (next >= 0x80 && Unicode.Scalar(next)?.properties.isAlphabetic == true)
                    if current.isEmpty {
                        if b == UInt8(ascii: ",") { sep |= listSeparator }
                    } else if b == UInt8(ascii: "'") && nextIsLetter && !currentLastIsDigit {
                        current.append(b)
                    } else if b != UInt8(ascii: "'") && currentLastIsDigit && nextIsDigit {
                        if b == UInt8(ascii: ".") { current.append(b) }
                    } else {
                        flush()
                        if b == UInt8(ascii: ",") { sep |= listSeparator }
                    }
                case UInt8(ascii: "%"), UInt8(ascii: ">"), UInt8(ascii: "<"), UInt8(ascii: "$"):
                    flush(); emit(b)
                case UInt8(ascii: ";"):
                    flush(); sep |= listSeparator | clauseBreak
                case UInt8(ascii: "/"), UInt8(ascii: "|"):
                    flush(); sep |= listSeparator
                case UInt8(ascii: "("):
                    flush(); depth += 1
                case UInt8(ascii: ")"):
                    flush(); depth = max(0, depth - 1)
                default:
                    flush()
                }
            } else if s.properties.isAlphabetic || s.properties.numericType != nil {
                current.append(contentsOf: String(Character(s)).lowercased().utf8)
                currentLastIsDigit = s.properties.numericType != nil
            } else {
                flush()
                if s == "\u{2265}" { emit(UInt8(ascii: ">")) }
                if s == "\u{2264}" { emit(UInt8(ascii: "<")) }
                if s == "\u{2014}" || s == "\u{2013}" { sep |= clauseBreak }
            }
            i += 1
        }
        flush()
    }

    /// The normalised form of a raw word (numbers and symbols are kept as they are).
    static func normalize(_ word: [UInt8]) -> String {
        guard let first = word.first, !isDigit(first), first != UInt8(ascii: "%"), first != UInt8(ascii: ">"),
              first != UInt8(ascii: "<"), first != UInt8(ascii: "$") else { return String(decoding: word, as: UTF8.self) }
        var w = word
        WordNormalizer.normalize(&w)
        return String(decoding: w, as: UTF8.self)
    }

    /// The normalised form of a lower-cased word given as a String.
    static func normalize(_ word: String) -> String { normalize(Array(word.utf8)) }

    private static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }

    /// Whether a raw word is a bare number, a number with a glued unit ("200ms", "50k"), or neither.
    static func numberShape(_ w: [UInt8]) -> (isNumber: Bool, isQuantity: Bool) {
        guard let first = w.first else { return (false, false) }
        guard isDigit(first) else {
            if first == UInt8(ascii: "p"), w.count >= 3, w.count <= 5 {
                var i = 1
                while i < w.count, isDigit(w[i]) { i += 1 }
                if i == w.count { return (false, true) }   // p50, p95, p99
            }
            return (false, false)
        }
        var i = 0
        while i < w.count, isDigit(w[i]) || w[i] == UInt8(ascii: ".") { i += 1 }
        if i == w.count { return (true, false) }
        let suffix = Array(w[i...])
        return unitWords.contains(normalize(suffix)) ? (true, true) : (false, false)
    }

    /// What the tokenizer needs to know about a normalised word: its vocabulary id and whether
    /// it is a unit or a scale word. One dictionary lookup per word.
    struct WordInfo {
        var id: Int32
        var isUnit: Bool
        var isScale: Bool
        var isFiller: Bool = false
    }

    /// Builds the per-word lookup from a phrase vocabulary plus the unit and scale words.
    static func lookup(vocabulary: [String: Int32]) -> [String: WordInfo] {
        var out: [String: WordInfo] = [:]
        for (w, id) in vocabulary { out[w] = WordInfo(id: id, isUnit: false, isScale: false) }
        for w in unitWords { out[w, default: WordInfo(id: -1, isUnit: false, isScale: false)].isUnit = true }
        for w in scaleWords { out[w, default: WordInfo(id: -1, isUnit: false, isScale: false)].isScale = true }
        for w in CueLexicon.fillerWords { out[w, default: WordInfo(id: -1, isUnit: false, isScale: false)].isFiller = true }
        return out
    }

    /// Tokens of `scalars[range]`, with ids from `lookup` (-1 for unknown words).
    /// `termParticiples` are the raw "-ed" words catalogue terms use ("learned", "hashed"); other
    /// "-ed" words mark a clause.
    static func tokens(_ scalars: [Unicode.Scalar], _ range: Range<Int>, lookup: [String: WordInfo],
                       termParticiples: Set<String> = []) -> [Token] {
        var out: [Token] = []
        var previousWasNumber = false
        var previousValue = 0.0
        forEachWord(scalars, range) { bytes, sep in
            let shape = numberShape(bytes)
            let n = bytes.count
            let pastForm = n >= 5 && bytes[n - 2] == UInt8(ascii: "e") && bytes[n - 1] == UInt8(ascii: "d")
                && !termParticiples.contains(String(decoding: bytes, as: UTF8.self))
            if !shape.isNumber, !shape.isQuantity, let first = bytes.first, !isDigit(first),
               first != UInt8(ascii: "%"), first != UInt8(ascii: ">"), first != UInt8(ascii: "<"), first != UInt8(ascii: "$") {
                WordNormalizer.normalize(&bytes)
            }
            let info = lookup[String(decoding: bytes, as: UTF8.self)]
            if previousWasNumber, !shape.isNumber, info?.isUnit == true {
                out[out.count - 1].isQuantity = true
                if bytes == msBytes || bytes == millisecondBytes { out[out.count - 1].milliseconds = previousValue }
                if bytes == percentBytes || bytes == percentWordBytes { out[out.count - 1].percentFollows = true }
            }
            var ms = 0.0
            if shape.isQuantity, bytes.count > 2, bytes.suffix(2).elementsEqual(msBytes) {
                ms = Double(String(decoding: bytes.dropLast(2), as: UTF8.self)) ?? 0
            }
            var h: UInt64 = 0xcbf29ce484222325
            for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
            out.append(Token(id: info?.id ?? -1, isNumber: shape.isNumber,
                             isQuantity: shape.isQuantity || info?.isScale == true, separatorBefore: sep & listSeparator != 0,
                             isPastForm: pastForm, clauseBreakBefore: sep & clauseBreak != 0,
                             isFiller: info?.isFiller == true, inBracket: sep & bracketed != 0, hash: h, milliseconds: ms,
                             value: shape.isNumber && !shape.isQuantity ? Double(String(decoding: bytes, as: UTF8.self)) ?? 0 : 0))
            previousWasNumber = shape.isNumber && !shape.isQuantity
            if previousWasNumber { previousValue = Double(String(decoding: bytes, as: UTF8.self)) ?? 0 }
        }
        return out
    }

    /// Tokens of `scalars[range]` against a plain vocabulary (used when compiling).
    static func tokens(_ scalars: [Unicode.Scalar], _ range: Range<Int>, vocabulary: [String: Int32]) -> [Token] {
        tokens(scalars, range, lookup: lookup(vocabulary: vocabulary))
    }

    /// The normalised words of a phrase, for compiling it.
    static func phraseWords(_ phrase: String) -> [String] {
        let scalars = Array(phrase.unicodeScalars)
        return words(scalars, 0..<scalars.count).map { normalize($0.bytes) }
    }
}
