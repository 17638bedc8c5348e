/// The problem-independent words and phrases the rubric looks for around a trade-off's sides:
/// contrast, choice, reason, cost and boundary, plus the clause markers used to tell reasoning
/// from a bare list of terms. All phrases are matched as whole, normalised words.
enum CueLexicon {
    /// The kinds of generic cue.
    enum Kind: Int, CaseIterable {
        /// Two sides set against each other: "vs", "rather than".
        case contrast
        /// A side chosen: "I'd use", "go with".
        case choice
        /// A negation that, just before a side, rejects it ("no ANN needed").
        case negation
        /// A verdict against a side anywhere in its sentence ("brute force is impossible in 200 ms"):
        /// counts as a choice and as a reason.
        case rejection
        /// A reason: "because", "so that".
        case reason
        /// An acknowledged cost, mitigation or limit: "downside", "fallback".
        case cost
        /// A condition word that opens a boundary when a number or comparison follows ("once > 10 M").
        case condition
        /// A comparison word: "more than", ">", "exceeds".
        case comparison
        /// "it depends" / "depends on".
        case depends
        /// A verb, auxiliary, modal or subject pronoun: marks a sentence as a clause, not a list.
        case clause
        /// A connective: marks reasoning rather than a string of terms.
        case connective
        /// A word that opens a sentence continuing the previous one ("This", "So", "However").
        case continuation
    }

    /// Phrases per kind.
    static let phrases: [Kind: [String]] = [
        .contrast: ["vs", "versus", "whereas", "instead of", "rather than", "compared with", "compared to", "over",
                    "as opposed to", "unlike", "but", "while", "trade off between", "tradeoff between", "either",
                    "than", "alternative", "on the other hand", "in contrast"],
        .choice: ["i'd", "i would", "we'd", "we would", "i will", "we will", "i'll", "we'll", "let's", "choose", "chose",
                  "chosen", "pick", "picked", "go with", "going with", "went with", "opt for", "opted for", "prefer",
                  "preferred", "use", "used", "using", "select", "selected", "start with", "settle on", "decide on",
                  "recommend", "favour", "favor", "adopt", "rely on", "stick with", "my choice", "the choice is",
                  "better", "is enough", "suffice", "is sufficient", "is the right", "makes sense", "plan to", "will be",
                  "define", "defined as", "counts as", "count as", "treat as", "treated as", "judged with", "judged by",
                  "measured with", "measured by", "evaluated with", "evaluated by"],
        .negation: ["no", "not", "don't", "dont", "doesn't", "isn't", "aren't", "won't", "wouldn't", "without", "skip",
                    "avoid", "never", "instead of", "rather than", "drop", "unnecessary", "overkill"],
        .rejection: ["impossible", "infeasible", "too slow", "too expensive", "too costly", "cannot", "can't",
                     "doesn't scale", "does not scale", "won't scale", "not feasible", "out of the question", "ruled out",
                     "rules out", "breaks", "fails"],
        .reason: ["because", "since", "so", "given", "so that", "to avoid", "which means", "this means", "that means",
                  "due to", "in order to", "as a result", "therefore", "thus", "hence", "so we", "so it", "so the",
                  "so a", "so each", "so only", "so new", "that way", "this lets", "which lets", "which keeps",
                  "otherwise", "to keep", "to fit", "to stay", "to meet", "to reduce", "to handle", "to catch",
                  "to capture", "as long as", "the reason", "why", "means that", "driven by", "dominated by",
                  "needed for", "required by", "let us", "lets us", "allows", "enables"],
        .cost: ["at the cost of", "the cost is", "cost of", "costs", "downside", "drawback", "we lose", "lose", "loses",
                "losing", "mitigate", "mitigated", "mitigation", "mitigating", "fallback", "fall back", "falls back",
                "unless", "trade off is", "tradeoff is", "price", "at the expense of", "give up", "gives up", "giving up",
                "sacrifice", "risk", "risks", "caveat", "limitation", "penalty", "worse", "hurts", "expensive", "until",
                "revisit", "breaks down", "stops working", "only works", "accept", "accepting", "the catch",
                "in exchange", "offset", "compensate", "guard against", "cap", "bounded"],
        .condition: ["if", "once", "when", "unless", "until", "above", "beyond", "below", "under", "whenever", "whether"],
        .comparison: [">", "<", "more than", "less than", "fewer than", "exceeds", "exceed", "above", "below", "over",
                      "under", "at least", "at most", "beyond", "grows past", "drops below", "tops"],
        .depends: ["it depends", "depends on", "depending on", "depend on"],
        .clause: ["i", "we", "it", "they", "this", "that", "you", "i'd", "we'd", "i'll", "we'll", "it's", "that's",
                  "there's", "let's", "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had",
                  "do", "does", "did", "can", "could", "will", "would", "should", "must", "may", "might", "shall",
                  "use", "used", "using", "choose", "chose", "pick", "prefer", "need", "needed", "want", "keep",
                  "kept", "make", "makes", "made", "give", "gives", "gave", "let", "lets", "helps", "avoid",
                  "compute", "computed", "predict", "predicts", "retrain", "retrained", "served", "handles",
                  "catches", "learn", "learns", "learned", "ran", "go", "goes", "went", "become",
                  "becomes", "lose", "loses", "get", "gets", "adds", "added", "take", "takes", "took", "means",
                  "favour", "favor", "pays", "hurt", "hurts", "covers", "treated", "logged", "trained", "dropped",
                  "stay", "stays", "tell", "shown", "find", "finds", "captures", "require", "requires",
                  "depend", "depends", "reduce", "reduces", "suffer", "suffers", "beats", "outperform",
                  "outperforms", "dominate", "dominates", "sampled", "weighted", "measured", "compared",
                  "ranked", "scored", "refreshed", "updated", "stored", "send", "sends", "labelled", "labeled",
                  "generalize", "generalizes", "overfit", "overfits", "mitigate", "accept"],
        .connective: ["because", "since", "so", "but", "which", "that", "if", "to", "than", "instead", "rather",
                      "when", "while", "given", "whereas", "unless", "then", "otherwise", "though", "although",
                      "once", "as"],
        .continuation: ["this", "that", "it", "these", "those", "which", "because", "since", "so", "but", "however",
                        "otherwise", "then", "here", "the downside", "the cost", "the trade off", "the tradeoff",
                        "also", "and", "still", "even", "mitigate", "to mitigate", "fallback", "if", "once", "when",
                        "unless", "given", "that way", "in exchange", "at the cost"],
    ]

    /// Requirement words a later step can restate from the clarify step to ground a reason.
    static let requirementWords: [String] = [
        "latency", "latency budget", "p99", "p95", "sla", "freshness", "fresh", "real time", "realtime", "privacy",
        "gdpr", "cold start", "throughput", "qps", "peak", "budget", "scale", "availability", "precision",
        "false positive", "false negative", "coverage", "compliance", "regulation", "daily active", "storage",
        "bandwidth", "on device", "mobile",
    ]
}
