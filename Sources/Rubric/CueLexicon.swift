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
        /// A verb that, opening a sentence with a function word later on, makes it an
        /// instruction ("Cache the feed for 2 minutes") rather than a noun phrase.
        case imperative
        /// Articles, prepositions and adverbs that a bare list of terms rarely has.
        case functionWord
        /// A directional contrast: the side before it is preferred, the side after it rejected ("over").
        case directional
        /// A directional contrast that opens its clause: the side right after it is rejected ("instead of").
        case leadingDirectional
        /// A heavyweight model: an LLM, a billion-parameter network.
        case heavyModel
        /// A word that states a latency budget.
        case latencyWord
        /// Both sides at once: "both", "at the same time", "and also".
        case both
        /// A universal quantifier: "all", "every".
        case universal
        /// A freshness requirement: "seconds ago", "within minutes".
        case freshness
        /// A once-a-day schedule: "nightly", "once a day".
        case nightly
        /// Rare positives: "rare", "one in a thousand".
        case rarity
        /// Plain accuracy as a metric.
        case accuracy
        /// A word that dismisses a metric: "useless", "misleading".
        case dismissal
        /// A contrast that compares rather than joins: "whereas", "unlike", "but".
        case comparing
        /// An explicit refusal to choose: "we take both", "each one is primary".
        case bothWord
        /// A conjunction joining two sides: "and", "plus".
        case conjunction
        /// A word that gives each side its own job: "for", "where", "only".
        case assignment
        /// Work done away from the request: "offline", "to label", "distil" (a heavyweight model
        /// used this way does not break a latency budget).
        case offlineUse
        /// A sentence that weighs rather than states: "could", "maybe", "an option", "or".
        case hedge
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
                  "measured with", "measured by", "evaluated with", "evaluated by", "focus on", "go for",
                  "measured as", "optimise for", "optimize for", "maximise", "maximize", "minimise", "minimize"],
        .negation: ["no", "not", "don't", "dont", "doesn't", "isn't", "aren't", "won't", "wouldn't", "without", "skip",
                    "avoid", "never", "instead of", "rather than", "drop", "unnecessary", "overkill", "nothing"],
        .rejection: ["impossible", "infeasible", "too slow", "too expensive", "too costly", "cannot", "can't",
                     "doesn't scale", "does not scale", "won't scale", "not feasible", "out of the question", "ruled out",
                     "rules out", "breaks", "fails", "too large", "too big", "too many", "does not fit", "doesn't fit", "won't fit",
                     "not enough", "hard to", "difficult to", "too hard", "too slow to", "struggle", "struggles"],
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
                  "predict", "predicts", "handles", "catches", "ran", "go", "goes", "went", "become", "becomes",
                  "lose", "loses", "get", "gets", "adds", "take", "takes", "took", "pays", "covers", "stay", "stays",
                  "tell", "shown", "find", "finds", "captures", "require", "requires", "depend", "depends", "reduce",
                  "reduces", "suffer", "suffers", "beats", "outperform", "outperforms", "dominate", "dominates",
                  "send", "sends", "generalize", "generalizes", "overfit", "overfits", "mitigate", "accept",
                  "decide", "decides", "stay", "reach", "see", "sees", "say", "says", "think", "expect", "assume",
                  "assumes", "ensure", "ensures", "allow", "allows", "enable", "enables", "prevent", "prevents",
                  "cause", "causes", "lead", "leads", "produce", "produces", "arrive", "arrives", "appear",
                  "appears", "happen", "happens", "grow", "grows", "remain", "remains", "seem", "seems", "know",
                  "knows", "look", "looks", "put", "puts", "try", "tries", "wait", "waits", "come", "comes",
                  "wins", "build", "builds", "create", "creates", "gets", "go", "fall", "falls", "matter", "matters",
                  "work", "works", "fit", "fits", "run", "runs", "need", "needs", "cost", "costs", "scale", "scales",
                  "beat", "win", "hurt", "hurts", "break", "breaks", "miss", "misses", "learn", "learns", "serve", "serves",
                  "mean", "means", "change", "changes", "move", "moves", "drop", "drops", "stays", "lag", "lags"],
        .connective: ["because", "since", "so", "but", "which", "that", "if", "to", "than", "instead", "rather",
                      "when", "while", "given", "whereas", "unless", "then", "otherwise", "though", "although",
                      "once", "as"],
        .imperative: ["use", "cache", "retrain", "train", "serve", "store", "log", "cap", "drop", "keep", "add", "start",
                      "split", "sample", "compute", "precompute", "shard", "hash", "embed", "index", "rank", "score",
                      "filter", "monitor", "track", "measure", "evaluate", "test", "deploy", "run", "send", "push",
                      "pull", "move", "put", "reserve", "limit", "boost", "dedupe", "deduplicate", "shuffle",
                      "randomize", "reweight", "downsample", "upsample", "finetune", "pretrain", "encode", "combine",
                      "merge", "route", "apply", "choose", "pick", "prefer", "avoid", "retrieve", "predict", "build",
                      "switch", "replace", "refresh", "invalidate", "alert", "roll", "ramp", "ship", "launch",
                      "return", "block", "decline", "flag", "review", "collect", "gather", "join", "aggregate",
                      "normalize", "impute", "clip", "truncate", "prune", "distill", "quantize", "compress", "warm",
                      "backfill", "retire", "treat", "define", "set", "give", "let", "make", "take", "wait", "fall"],
        .directional: ["over", "as opposed to", "not", "in place of", "ahead of", "beats"],
        .leadingDirectional: ["instead of", "rather than"],
        .hedge: ["could", "might", "may", "maybe", "perhaps", "possibly", "option", "options", "or", "either", "consider",
                 "considered", "considering", "alternative", "alternatively", "not sure", "in theory", "one way", "another way",
                 "there is", "there are", "there's", "somewhere", "looked at", "look at", "looking at", "heard", "mentioned",
                 "exists", "exist", "such as", "like", "e.g", "for example", "for instance"],
        .offlineUse: ["offline", "to label", "labelling", "labeling", "label", "annotate", "annotation", "distil", "distill",
                      "distillation", "teacher", "pseudo", "nightly", "batch", "backfill", "generate training data", "synthetic"],
        .heavyModel: ["llm", "large language model", "gpt", "gpt 4", "billion parameter", "foundation model", "70b", "13b", "7b", "175b"],
        .latencyWord: ["latency", "p99", "p95", "p50", "sla", "latency budget", "budget", "response time", "within", "under"],
        .both: ["both", "at once", "at the same time", "together", "as well as", "also", "simultaneously", "blended", "all three", "equally", "all mixed", "all treated as", "on all of them", "and always", "and still", "and stay", "and identical", "and the same"],
        .universal: ["all", "every", "everything", "everyone", "entire", "for every user", "whole catalogue"],
        .freshness: ["seconds ago", "minutes ago", "a few minutes ago", "last few seconds", "last few minutes", "within seconds",
                     "within minutes", "within an hour", "within two hours", "freshness", "real time", "near real time",
                     "before the post becomes visible", "before it is visible", "before it goes live", "next refresh",
                     "must include transactions from", "up to date"],
        .nightly: ["nightly", "once a night", "once a day", "each morning", "overnight", "nightly batch", "every night", "daily batch"],
        .rarity: ["rare", "one in a thousand", "tiny minority", "well under 1", "imbalanced", "class imbalance", "heavily skewed"],
        .accuracy: ["accuracy", "highest accuracy"],
        .dismissal: ["useless", "misleading", "meaningless", "flattering", "looks great", "looks excellent", "pointless", "trivially", "not accuracy", "instead of accuracy", "rather than accuracy"],
        .bothWord: ["take both", "do both", "keep both", "want both", "use all of them", "each one is primary",
                    "all as the primary", "all treated as primary", "no need to choose", "without choosing", "so is", "so are"],
        .conjunction: ["and", "plus", "as well as", "together with", "along with"],
        .assignment: ["for", "where", "only", "per", "except", "unless", "on top of", "in front of", "behind", "then", "first", "later", "until", "fallback", "fall back", "instead"],
        .comparing: ["whereas", "unlike", "but", "while", "on the other hand", "in contrast", "however", "though", "although"],
        .functionWord: ["the", "a", "an", "at", "to", "for", "on", "in", "with", "within", "per", "by", "from", "into",
                        "daily", "hourly", "weekly", "nightly", "both", "each", "every", "all", "only", "our", "their"],
    ]

    /// Cost cues too general to tie a sentence that names no side to one trade-off.
    static let genericCosts: Set<String> = [
        "latency", "memory", "complexity", "maintenance", "cost", "compute cost", "added complexity", "engineering effort",
        "engineering time", "training cost", "serving cost", "gpu cost", "timeouts", "accuracy loss", "infrastructure cost",
        "operational complexity", "more components", "pipeline complexity", "training time", "debugging",
    ]

    /// Requirement words a later step can restate from the clarify step to ground a reason.
    static let requirementWords: [String] = [
        "latency", "latency budget", "p99", "p95", "sla", "freshness", "fresh", "real time", "realtime", "privacy",
        "gdpr", "cold start", "throughput", "qps", "peak", "budget", "scale", "availability", "precision",
        "false positive", "false negative", "coverage", "compliance", "regulation", "daily active", "storage",
        "bandwidth", "on device", "mobile",
    ]

    /// Words that say nothing about a problem on their own: function words, pronouns, auxiliaries
    /// and empty evaluatives. A reason or cost made only of these ("because it is better for ads",
    /// "at the cost of some risk") is formulaic and earns nothing (normalised forms).
    static let fillerWords: Set<String> = Set([
        "a", "an", "the", "it", "its", "it's", "this", "that", "these", "those", "there", "here", "is", "are", "was",
        "were", "be", "been", "being", "am", "do", "does", "did", "has", "have", "had", "will", "would", "can", "could",
        "should", "may", "might", "must", "shall", "i", "we", "you", "they", "he", "she", "our", "their", "my", "your",
        "us", "them", "me", "of", "for", "to", "in", "on", "at", "by", "with", "from", "as", "and", "or", "also",
        "so", "because", "since", "given", "which", "what", "who", "than", "then", "more", "most", "less", "much",
        "very", "really", "quite", "just", "some", "any", "all", "each", "every", "both", "other", "another", "one",
        "thing", "things", "stuff", "way", "ways", "better", "best", "good", "great", "nice", "fine", "well", "bad",
        "worse", "worst", "right", "optimal", "ideal", "suitable", "appropriate", "proper", "effective", "efficient",
        "robust", "powerful", "strong", "simple", "simpler", "easier", "easy", "faster", "fast", "accurate",
        "performant", "scalable", "reliable", "flexible", "modern", "standard", "popular", "common", "usual",
        "generally", "typically", "usually", "overall", "considered", "known", "approach", "approaches", "option",
        "options", "choice", "solution", "method", "technique", "system", "design", "model", "performance",
        "result", "results", "quality", "work", "works", "working", "help", "helps", "improve", "improves",
        "make", "makes", "get", "gets", "give", "gives", "use", "using", "used", "case", "cases", "problem",
        "risk", "risks", "cost", "costs", "downside", "downsides", "tradeoff", "trade", "off", "issue", "issues",
        "concern", "concerns", "drawback", "drawbacks", "price", "impact", "effect", "effects", "benefit",
        "benefits", "advantage", "advantages", "value", "here", "now", "too", "not", "no", "yes", "like", "such",
        "many", "lot", "lots", "certain", "various", "several", "important", "key", "main", "core", "critical",
        "essential", "relevant", "useful", "needed", "need", "needs", "required", "require", "requires",
        "ensure", "ensures", "able", "possible", "likely", "always", "often", "sometimes", "usually", "enough",
        "kind", "sort", "type", "bit", "little", "slight", "slightly", "minor", "potential", "potentially",
        "pick", "choose", "chose", "go", "prefer", "preferred", "choosing", "picking", "over", "instead", "rather",
        "if", "when", "then", "about", "into", "out", "up", "down", "because",
    ].map { WordNormalizer.normalize($0) })

    /// Labels that open a note line: "Decision: …", "Why: …", "Downside: …" (normalised first words).
    static let decisionLabels: Set<String> = Set(["decision", "decide", "choice", "chosen", "pick", "verdict", "recommendation",
                                                  "plan", "going", "ship", "final", "answer", "conclusion", "mine"].map { WordNormalizer.normalize($0) })
    static let reasonLabels: Set<String> = Set(["why", "reason", "reasons", "rationale", "justification", "because",
                                                "pro", "pros", "upside", "benefit", "benefits", "motivation"].map { WordNormalizer.normalize($0) })
    static let costLabels: Set<String> = Set(["downside", "downsides", "cost", "costs", "risk", "risks", "con", "cons", "catch",
                                              "caveat", "caveats", "tradeoff", "trade-off", "mitigation", "fallback", "limitation",
                                              "limitations", "price", "drawback", "drawbacks", "watch", "failure"].map { WordNormalizer.normalize($0) })

    /// First words that make a sentence continue the one before it (normalised).
    static let linkingOpeners: Set<String> = Set(["this", "that", "it", "it's", "that's", "these", "those", "which",
                                                  "because", "since", "so", "otherwise", "given", "hence", "thus",
                                                  "therefore", "downside", "cost", "risk", "catch", "reason", "why",
                                                  "here", "doing", "without", "at", "we", "but", "however", "though",
                                                  "also", "plus", "and", "then", "to", "else"].map { WordNormalizer.normalize($0) })
}
