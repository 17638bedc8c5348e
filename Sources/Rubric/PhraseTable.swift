/// What a matched phrase stands for. One phrase can play several roles (e.g. "use" is both a
/// choice cue and a clause marker).
enum PhraseRole: Equatable {
    /// Side `side` of the template's trade-off number `tradeoff`.
    case side(tradeoff: Int, side: Int)
    /// One of a trade-off's own cost cues.
    case tradeoffCost(Int)
    /// One of a trade-off's own cost cues that is specific to it (not "latency", "memory", …).
    case tradeoffSpecificCost(Int)
    /// One of a trade-off's grounding cues that the problem's own text uses.
    case tradeoffGrounding(Int)
    /// The problem's noun number n.
    case noun(Int)
    /// A requirement word (index into `CueLexicon.requirementWords`).
    case requirement(Int)
    /// A generic cue.
    case cue(CueLexicon.Kind)
}

/// A phrase occurrence in a sentence: token span and the phrase's index.
struct PhraseMatch {
    var start: Int
    var end: Int
    var phrase: Int
    /// A concept match (`SideConcepts`): only its first and last tokens are the side's words,
    /// the ones between are the sentence's own.
    var loose = false
}

/// Every phrase the rubric looks for, as sequences of vocabulary ids, indexed by first word.
/// Built once per template; matching a sentence is a walk over its tokens with a dictionary
/// lookup per token.
struct PhraseTable {
    private(set) var vocabulary: [String: Int32] = [:]
    private(set) var phraseWords: [[Int32]] = []
    private(set) var roles: [[PhraseRole]] = []
    /// Phrase indices by the id of their first word (indexed by word id).
    private var byFirst: [[Int]] = []
    private var index: [[Int32]: Int] = [:]
    /// Per phrase, the positions whose word stands for any number: the "k" of "recall@k", so
    /// "recall@10" and "nDCG@50" name the metric.
    private var numberSlots: [[Bool]] = []
    /// Side phrases of two or three content words that also match with their words in any order
    /// and apart, inside one clause segment ("augmentation runs on the fly" names
    /// "on-the-fly augmentation"): indexed by the id of their first content word.
    private var unorderedByWord: [Int32: [(phrase: Int, words: [Int32])]] = [:]
    private var unorderedWords: Set<[Int32]> = []

    /// Adds `phrase` with `role` (a phrase already present gains the role).
    mutating func add(_ phrase: String, role: PhraseRole) {
        let words = Tokenizer.phraseWords(phrase)
        guard !words.isEmpty else { return }
        let lower = phrase.lowercased()
        let slots = words.enumerated().map { i, w in i > 0 && w == "k" && lower.contains("@k") }
        let ids = words.map { w -> Int32 in
            if let id = vocabulary[w] { return id }
            let id = Int32(vocabulary.count)
            vocabulary[w] = id
            return id
        }
        let n: Int
        if let existing = index[ids] {
            if !roles[existing].contains(role) { roles[existing].append(role) }
            n = existing
        } else {
            n = phraseWords.count
            index[ids] = n
            phraseWords.append(ids)
            roles.append([role])
            numberSlots.append(slots)
            while byFirst.count < vocabulary.count { byFirst.append([]) }
            byFirst[Int(ids[0])].append(n)
        }
        if case .side = role {
            // Content words: not function words or empty evaluatives, not a number slot.
            var content: [Int32] = []
            for (i, w) in words.enumerated() where !slots[i] && !CueLexicon.fillerWords.contains(w) && !Self.unorderedStopWords.contains(w)
                && (w.count >= 3 || w.contains(where: \.isNumber)) && !content.contains(ids[i]) {
                content.append(ids[i])
            }
            if (2...Self.maxUnorderedWords).contains(content.count), !unorderedWords.contains(content) {
                unorderedWords.insert(content)
                unorderedByWord[content[0], default: []].append((n, content))
            }
        }
    }

    /// Words that do not make a side phrase specific enough to match out of order ("one model
    /// per category" is only "category"), normalised.
    static let unorderedStopWords: Set<String> = Set(["per", "with", "within", "by", "from", "into", "onto", "only", "via",
                                                      "out", "off", "own", "new", "old", "full", "first", "last", "based"].map { WordNormalizer.normalize($0) })
    /// Words an unordered match may not span: contrasts and connectives start another thought
    /// ("scheduled retraining over drift-triggered" does not name "retrain on drift").
    static let barrierWords: [String] = ["over", "vs", "versus", "than", "instead", "rather", "or", "and", "not", "no", "but",
                                         "while", "whereas", "so", "because", "since", "which", "that", "then", "nor", "if",
                                         "unless", "until", "when", "plus"]
    private var barriers: Set<Int32> = []

    /// Records the ids of `barrierWords`; call once after every phrase is added.
    mutating func sealBarriers() {
        barriers = Set(Self.barrierWords.compactMap { vocabulary[Tokenizer.normalize($0)] })
        conceptBarriers = Set(Self.conceptBarrierWords.compactMap { vocabulary[Tokenizer.normalize($0)] })
    }

    /// Most content words a side phrase may have to match in any order.
    static let maxUnorderedWords = 3
    /// Most tokens the words of an unordered match may span beyond the phrase's own words.
    static let unorderedSlack = 4

    /// Side concepts (`SideConcepts`): a phrase slot holding the side's role, and per group the
    /// word ids (or `ConceptWord` classes) any one of which fills it; indexed by the words of
    /// their first group.
    private var concepts: [(phrase: Int, groups: [[Int32]])] = []
    private var conceptsByWord: [Int32: [Int]] = [:]

    /// Word classes a concept group may hold besides words: any figure, a number of milliseconds, a percentage.
    enum ConceptWord {
        static let figure: Int32 = -10
        static let milliseconds: Int32 = -11
        static let percent: Int32 = -12
        static func id(_ word: String) -> Int32? {
            switch word { case "#num": figure; case "#ms": milliseconds; case "#pct": percent; default: nil }
        }
    }

    /// Adds a side concept: `groups` of alternative words (see `SideConcepts`), all of which
    /// must be filled within one clause segment for the side to be named.
    mutating func addConcept(_ groups: [[String]], role: PhraseRole) {
        var ids: [[Int32]] = []
        for g in groups {
            var alternatives: [Int32] = []
            for w in g {
                if let special = ConceptWord.id(w) { alternatives.append(special); continue }
                let form = Tokenizer.phraseWords(w)
                guard form.count == 1 else { continue }
                let id: Int32
                if let known = vocabulary[form[0]] { id = known } else { id = Int32(vocabulary.count); vocabulary[form[0]] = id }
                if !alternatives.contains(id) { alternatives.append(id) }
            }
            guard !alternatives.isEmpty else { return }
            ids.append(alternatives)
        }
        guard ids.count >= 2 else { return }
        // Index by a group of plain words (a figure class cannot be looked up).
        if let plain = ids.firstIndex(where: { $0.allSatisfy { $0 >= 0 } }), plain != 0 { ids.swapAt(0, plain) }
        guard ids[0].allSatisfy({ $0 >= 0 }) else { return }
        let n = phraseWords.count
        phraseWords.append([ids[0][0]])
        roles.append([role])
        numberSlots.append([false])
        concepts.append((n, ids))
        for w in ids[0] { conceptsByWord[w, default: []].append(concepts.count - 1) }
    }

    /// Most tokens a concept match may span.
    static let conceptSpan = 8
    /// Words a concept match may not span (beyond its own words): contrasts and connectives that
    /// start another thought ("scored one by one, not in pairs" names no pairwise side).
    static let conceptBarrierWords: [String] = ["over", "vs", "versus", "than", "instead", "rather", "or", "and", "not", "no",
                                                "but", "while", "whereas", "so", "because", "since", "which", "nor", "plus", "unlike"]
    private var conceptBarriers: Set<Int32> = []

    private func fills(_ token: Token, _ w: Int32) -> Bool {
        switch w {
        case ConceptWord.figure: token.isNumber || token.isQuantity
        case ConceptWord.milliseconds: token.milliseconds > 0
        case ConceptWord.percent: token.percentFollows
        default: token.id == w
        }
    }

    /// Concept matches: for each concept, a token of its first group and, within `conceptSpan`
    /// tokens of one segment (no comma, slash, semicolon or dash between), one of each other
    /// group, with no barrier word between them.
    private func conceptMatches(in tokens: [Token], into out: inout [PhraseMatch]) {
        var segment = [Int](repeating: 0, count: tokens.count)
        var s = 0
        for i in tokens.indices {
            if i > 0 && (tokens[i].separatorBefore || tokens[i].clauseBreakBefore) { s += 1 }
            segment[i] = s
        }
        for i in tokens.indices {
            guard tokens[i].id >= 0, let list = conceptsByWord[tokens[i].id] else { continue }
            for c in list {
                let (p, groups) = concepts[c]
                var lo = i, hi = i
                var used: [Int] = [i]
                var ok = true
                for g in groups.dropFirst() {
                    var best: Int? = nil
                    for k in max(0, i - Self.conceptSpan + 1)..<min(tokens.count, i + Self.conceptSpan) where segment[k] == segment[i] && !used.contains(k) {
                        if g.contains(where: { fills(tokens[k], $0) }), best.map({ abs($0 - i) > abs(k - i) }) ?? true { best = k }
                    }
                    guard let b = best else { ok = false; break }
                    used.append(b); lo = min(lo, b); hi = max(hi, b)
                }
                guard ok, hi - lo + 1 <= Self.conceptSpan,
                      !(lo...hi).contains(where: { !used.contains($0) && conceptBarriers.contains(tokens[$0].id) }) else { continue }
                if out.contains(where: { $0.phrase == p && $0.start == lo }) { continue }
                out.append(PhraseMatch(start: lo, end: hi + 1, phrase: p, loose: true))
            }
        }
    }

    /// Every occurrence of every phrase in `tokens`, overlapping ones included.
    func matches(in tokens: [Token]) -> [PhraseMatch] {
        var out: [PhraseMatch] = []
        for i in tokens.indices {
            let id = tokens[i].id
            guard id >= 0, Int(id) < byFirst.count else { continue }
            for p in byFirst[Int(id)] {
                let words = phraseWords[p]
                if i + words.count > tokens.count { continue }
                var ok = true
                var j = 1
                let slots = numberSlots[p]
                while j < words.count {
                    if tokens[i + j].id != words[j] && !(slots[j] && tokens[i + j].isNumber) { ok = false; break }
                    j += 1
                }
                if ok {
                    out.append(PhraseMatch(start: i, end: i + words.count, phrase: p))
                } else if let end = gappedEnd(of: p, at: i, in: tokens) {
                    out.append(PhraseMatch(start: i, end: end, phrase: p))
                }
            }
        }
        if !unorderedByWord.isEmpty { unorderedMatches(in: tokens, into: &out) }
        if !concepts.isEmpty { conceptMatches(in: tokens, into: &out) }
        return out
    }

    /// Side phrases whose content words all occur, in any order, within one segment of the
    /// sentence (no comma, slash, semicolon or dash between them) and a span of at most their
    /// count plus `unorderedSlack` tokens. A phrase already matched in order is not repeated.
    private func unorderedMatches(in tokens: [Token], into out: inout [PhraseMatch]) {
        var segment = [Int](repeating: 0, count: tokens.count)
        var s = 0
        for i in tokens.indices {
            if i > 0 && (tokens[i].separatorBefore || tokens[i].clauseBreakBefore) { s += 1 }
            segment[i] = s
        }
        let ordered = out.count
        for i in tokens.indices {
            guard let candidates = unorderedByWord[tokens[i].id] else { continue }
            for (p, words) in candidates {
                let limit = words.count + Self.unorderedSlack
                var lo = i, hi = i
                var ok = true
                for w in words.dropFirst() {
                    var found: Int? = nil
                    var k = max(0, i - limit + 1)
                    while k < min(tokens.count, i + limit) {
                        if tokens[k].id == w && segment[k] == segment[i] { found = k; break }
                        k += 1
                    }
                    guard let f = found else { ok = false; break }
                    lo = min(lo, f); hi = max(hi, f)
                }
                guard ok, hi - lo + 1 <= limit, !(lo...hi).contains(where: { barriers.contains(tokens[$0].id) }) else { continue }
                if out[..<ordered].contains(where: { $0.phrase == p }) || out[ordered...].contains(where: { $0.phrase == p && $0.start == lo }) { continue }
                out.append(PhraseMatch(start: lo, end: hi + 1, phrase: p))
            }
        }
    }

    /// Most words a two-word side alias may have between its words ("retrain the ranker daily"
    /// names "retrain daily").
    static let maxGap = 2

    /// Where a two-word side alias ends when its words stand apart in one clause (up to
    /// `maxGap` words between, no comma or semicolon), else nil.
    private func gappedEnd(of p: Int, at i: Int, in tokens: [Token]) -> Int? {
        let words = phraseWords[p]
        guard words.count == 2, roles[p].contains(where: { if case .side = $0 { true } else { false } }) else { return nil }
        // Not across function words: "in-batch" must not match "in a nightly batch".
        if tokens[i].isFiller { return nil }
        var k = i + 2
        while k < tokens.count && k <= i + 1 + Self.maxGap {
            if tokens[k - 1].separatorBefore || tokens[k].separatorBefore { return nil }
            if tokens[k].id == words[1] { return k + 1 }
            k += 1
        }
        return nil
    }
}
