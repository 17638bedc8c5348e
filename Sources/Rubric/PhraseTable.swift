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

    /// Adds `phrase` with `role` (a phrase already present gains the role).
    mutating func add(_ phrase: String, role: PhraseRole) {
        let words = Tokenizer.phraseWords(phrase)
        guard !words.isEmpty else { return }
        let ids = words.map { w -> Int32 in
            if let id = vocabulary[w] { return id }
            let id = Int32(vocabulary.count)
            vocabulary[w] = id
            return id
        }
        if let existing = index[ids] {
            if !roles[existing].contains(role) { roles[existing].append(role) }
            return
        }
        let n = phraseWords.count
        index[ids] = n
        phraseWords.append(ids)
        roles.append([role])
        while byFirst.count < vocabulary.count { byFirst.append([]) }
        byFirst[Int(ids[0])].append(n)
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
                while j < words.count {
                    if tokens[i + j].id != words[j] { ok = false; break }
                    j += 1
                }
                if ok {
                    out.append(PhraseMatch(start: i, end: i + words.count, phrase: p))
                } else if let end = gappedEnd(of: p, at: i, in: tokens) {
                    out.append(PhraseMatch(start: i, end: end, phrase: p))
                }
            }
        }
        return out
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
