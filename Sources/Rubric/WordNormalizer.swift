/// Reduces a lower-cased word to the form phrases are matched on: British -ise spellings become
/// -ize, regular plurals lose their ending, -ing and -ed are stripped, then a final silent e;
/// possessive 's is dropped. Applied identically to the catalogue's phrases and to the user's
/// text, so "embeddings" matches "embedding", "hashed" matches "hashing" and "personalised"
/// matches "personalized". Works on UTF-8 bytes (the rules only look at ASCII endings), which
/// keeps scoring a long session within a couple of milliseconds.
enum WordNormalizer {
    /// Words that end in "s" but are not plurals (or whose singular would collide with another word).
    private static let keepS: Set<String> = [
        "news", "series", "species", "bias", "alias", "canvas", "lens", "plus", "gas", "atlas", "chaos",
        "status", "corpus", "consensus", "always", "perhaps", "towards", "afterwards", "across", "less",
        "unless", "whereas", "yes", "analysis", "basis", "axis", "thus", "its", "his", "this", "was", "has",
        "does", "is", "us", "as", "vs", "ms", "qps", "rps", "tps", "gps", "ios", "aws", "cors",
    ]

    /// Words whose -ing is not an inflection of a verb the rubric cares about, so "rating" stays
    /// apart from "rate" ("hide rate" is not a star rating).
    private static let keepIng: Set<String> = ["rating", "ratings", "during", "string", "strings", "thing", "things", "nothing", "something", "everything", "morning", "evening"]

    /// Contractions that keep their "'s" (it is, that is …) rather than losing it as a possessive.
    private static let verbContractions: Set<String> = ["it's", "that's", "there's", "what's", "here's", "let's", "he's", "she's"]

    private static let britishEndings: [([UInt8], [UInt8])] = [
        ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"),
        ("ises", "izes"), ("ise", "ize"), ("ysed", "yzed"), ("yse", "yze"),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// The normalised form of `word`, which must already be lower-cased.
    static func normalize(_ word: String) -> String {
        var bytes = Array(word.utf8)
        normalize(&bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Normalises lower-cased UTF-8 bytes in place.
    static func normalize(_ w: inout [UInt8]) {
        let apostrophe = UInt8(ascii: "'")
        if w.contains(apostrophe) {
            if ends(w, "'s"), !verbContractions.contains(String(decoding: w, as: UTF8.self)) {
                w.removeLast(2)
                normalize(&w)
            }
            return
        }
        if w.last == UInt8(ascii: "s"), keepS.contains(String(decoding: w, as: UTF8.self)) { return }
        if w.count >= 5, w.count <= 9, keepIng.contains(String(decoding: w, as: UTF8.self)) {
            if w.last == UInt8(ascii: "s") { w.removeLast() }
            return
        }
        if w.count >= 6, w[w.count - 1] == UInt8(ascii: "e") || w[w.count - 1] == UInt8(ascii: "n")
            || w[w.count - 1] == UInt8(ascii: "s") || w[w.count - 1] == UInt8(ascii: "g") || w[w.count - 1] == UInt8(ascii: "d") {
            for (from, to) in britishEndings where ends(w, from) {
                w.removeLast(from.count)
                w.append(contentsOf: to)
                break
            }
        }
        singular(&w)
        var ending = 0
        if w.count >= 6, ends(w, "ing") { ending = 3 } else if w.count >= 5, ends(w, "ed"), !ends(w, "eed") { ending = 2 }
        if ending > 0 {
            var stem = Array(w.dropLast(ending))
            // "embedd" -> "embed"; "rat" (rating) -> "rate", so it meets "rate". A stem shorter than
            // four letters that is neither means the ending was part of the word ("embed", "string").
            if undouble(&stem) {
                w = stem
            } else if isShortCVC(stem) {
                w = stem + [UInt8(ascii: "e")]
            } else if stem.count >= 4 {
                w = stem
            }
        }
        // A final silent e goes ("sample" meets "sampling"), except after a short
        // consonant-vowel-consonant stem ("rate", "score", "time" keep theirs).
        if w.count >= 4, w.last == UInt8(ascii: "e"), !ends(w, "ee"), !isShortCVC(w.dropLast()) { w.removeLast() }
    }

    private static func isVowel(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "a") || b == UInt8(ascii: "e") || b == UInt8(ascii: "i") || b == UInt8(ascii: "o") || b == UInt8(ascii: "u")
    }

    /// One single vowel between leading consonants and one final consonant other than w, x, y
    /// ("rat", "scor", "shar", "tim").
    private static func isShortCVC<C: Collection<UInt8>>(_ w: C) -> Bool where C.Index == Int {
        let a = Array(w)
        guard a.count >= 2, let last = a.last, !isVowel(last),
              last != UInt8(ascii: "w"), last != UInt8(ascii: "x"), last != UInt8(ascii: "y") else { return false }
        let vowelPositions = a.indices.filter { isVowel(a[$0]) }
        return vowelPositions.count == 1 && vowelPositions[0] == a.count - 2
    }

    /// How many runs of vowels `w` has.
    private static func vowelGroups(_ w: [UInt8]) -> Int {
        var n = 0, inVowel = false
        for b in w { let v = isVowel(b); if v && !inVowel { n += 1 }; inVowel = v }
        return n
    }

    private static func singular(_ w: inout [UInt8]) {
        if w.count > 4, ends(w, "ies") { w.removeLast(3); w.append(UInt8(ascii: "y")); return }
        if ends(w, "sses") { w.removeLast(2); return }
        if w.count > 4, ends(w, "xes") || ends(w, "ches") || ends(w, "shes") { w.removeLast(2); return }
        if w.count > 3, ends(w, "s"), !ends(w, "ss"), !ends(w, "us"), !ends(w, "is") { w.removeLast() }
    }

    /// "embedd" -> "embed", "runn" -> "run", "labell" -> "label" (but "fall", "pass", "jazz"
    /// keep theirs). Returns whether a letter was removed.
    @discardableResult
    private static func undouble(_ w: inout [UInt8]) -> Bool {
        let n = w.count
        guard n >= 3, w[n - 1] == w[n - 2] else { return false }
        let c = w[n - 1]
        guard c >= UInt8(ascii: "a"), c <= UInt8(ascii: "z"), !isVowel(c), c != UInt8(ascii: "s"), c != UInt8(ascii: "z") else { return false }
        if c == UInt8(ascii: "l"), vowelGroups(w) < 2 { return false }
        w.removeLast()
        return true
    }

    private static func ends(_ w: [UInt8], _ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard w.count >= n else { return false }
        return suffix.withUTF8Buffer { buf in
            var i = 0
            let base = w.count - n
            while i < n { if w[base + i] != buf[i] { return false }; i += 1 }
            return true
        }
    }

    private static func ends(_ w: [UInt8], _ suffix: [UInt8]) -> Bool {
        let n = suffix.count
        guard w.count >= n else { return false }
        let base = w.count - n
        var i = 0
        while i < n { if w[base + i] != suffix[i] { return false }; i += 1 }
        return true
    }
}
