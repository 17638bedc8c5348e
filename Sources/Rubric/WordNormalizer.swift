/// Reduces a lower-cased word to the form phrases are matched on: British -ise spellings become
/// -ize, regular plurals lose their ending, possessive 's is dropped. Applied identically to the
/// catalogue's phrases and to the user's text, so "embeddings" matches "embedding" and
/// "personalised" matches "personalized".
enum WordNormalizer {
    /// Words that end in "s" but are not plurals (or whose singular would collide with another word).
    private static let keepS: Set<String> = [
        "news", "series", "species", "bias", "alias", "canvas", "lens", "plus", "gas", "atlas", "chaos",
        "status", "corpus", "consensus", "always", "perhaps", "towards", "afterwards", "across", "less",
        "unless", "whereas", "yes", "analysis", "basis", "axis", "thus", "its", "his", "this", "was", "has",
        "does", "is", "us", "as", "vs", "ms", "qps", "rps", "tps", "gps", "ios", "aws", "cors",
    ]

    /// Contractions that keep their "'s" (it is, that is …) rather than losing it as a possessive.
    private static let verbContractions: Set<String> = ["it's", "that's", "there's", "what's", "here's", "let's", "he's", "she's"]

    /// The normalised form of `word`, which must already be lower-cased.
    static func normalize(_ word: String) -> String {
        if word.contains("'") {
            if word.hasSuffix("'s"), !verbContractions.contains(word) { return normalize(String(word.dropLast(2))) }
            return word
        }
        if keepS.contains(word) { return word }
        var w = word
        let n = w.count
        if n >= 6 {
            for (from, to) in [("isations", "ization"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"),
                               ("ises", "izes"), ("ise", "ize"), ("ysed", "yzed"), ("yse", "yze")] where w.hasSuffix(from) {
                w = String(w.dropLast(from.count)) + to
                break
            }
        }
        if w.count > 4, w.hasSuffix("ies") { return String(w.dropLast(3)) + "y" }
        if w.hasSuffix("sses") { return String(w.dropLast(2)) }
        if w.count > 4, w.hasSuffix("xes") || w.hasSuffix("ches") || w.hasSuffix("shes") { return String(w.dropLast(2)) }
        if w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") {
            return String(w.dropLast())
        }
        return w
    }
}
