/// What the rubric found in one sentence: which trade-off sides it names and which cues it holds.
struct SentenceFacts {
    /// Index of the step (in `StepID.allCases`) the sentence was written in.
    var step: Int
    /// Where the sentence is in its step's text (unicode-scalar offsets); the evidence text.
    var range: Range<Int>
    /// (template trade-off index, bit mask of the sides named).
    var sides: [(tradeoff: Int, mask: UInt32)] = []
    /// Trade-offs with a side rejected by a negation just before it ("no ANN needed").
    var negatedSide = TradeoffSet()
    /// Trade-offs named only inside a run of short comma-separated terms (they earn at most 1 here).
    var listOnly = TradeoffSet()
    /// Trade-offs whose own cost cues occur.
    var tradeoffCost = TradeoffSet()
    /// Trade-offs whose own specific cost cues occur (see `CueLexicon.genericCosts`).
    var tradeoffSpecificCost = TradeoffSet()
    /// Trade-offs whose (problem-relevant) grounding cues occur.
    var tradeoffGrounding = TradeoffSet()
    /// Generic cue kinds present.
    var cues = CueSet()
    /// A problem noun occurs.
    var noun = false
    /// Which of the problem's nouns occur (bit i = noun i; nouns past 63 share the last bit).
    var nouns: UInt64 = 0
    /// A number with a unit occurs.
    var quantity = false
    /// Requirement words present (bit i = `CueLexicon.requirementWords[i]`).
    var requirements: UInt64 = 0
    /// A condition followed by a number or comparison ("once > 10 M", "if QPS exceeds …").
    var boundary = false
    /// "It depends" with no condition, number or comparison to say on what.
    var bareDepends = false
    /// A bare list of terms: no clause, a run of short comma-separated terms, or dense terms without connectives.
    var listShaped = false
    /// Mostly repeats the template's own prompts, talking points or hints: earns nothing.
    var echo = false
    /// Paragraph number within its step (blank lines separate paragraphs).
    var paragraph = 0
    /// A reason connective followed by something about the problem (at least two content words
    /// or a number), not "because it is better".
    var substantiveReason = false
    /// A cost cue followed by what is lost (a content word or a number), not "some risk".
    var substantiveCost = false
    /// At least three content words and a figure, or five content words: a sentence that can
    /// explain the one before it without a connective.
    var explanatory = false
    /// Per trade-off: sides preferred and sides rejected in a directional contrast
    /// ("X over Y", "X rather than Y", "instead of Y, X", "no Y").
    var preferences: [(tradeoff: Int, preferred: UInt32, rejected: UInt32)] = []
    /// Only a side, as a note line ("Pointwise."): a decision when the line goes on to explain it.
    var bareSide = false
    /// Starts a new line (a newline stands between it and the sentence before).
    var lineStart = true
    /// Opens like a continuation of the sentence before: an anaphor ("This", "That", "It"), a
    /// connective ("Because", "So", "Otherwise") or a note label ("Why:", "Downside:").
    var opensLinked = false
    /// Chooses a heavyweight model (an LLM, a billion-parameter model).
    var heavyModel = false
    /// The smallest latency budget stated (a latency word with a figure in ms near it), or 0.
    var latencyBudget = 0.0
    /// Generic marker cues for the contradiction checks (both sides, universal, freshness,
    /// nightly, rarity, accuracy, dismissal).
    var markers = CueSet()
    /// Trade-offs two of whose sides are joined by "and" with no role for either ("results cached
    /// for a day, and always computed fresh" lacks one; "BM25 for brands and embeddings for
    /// synonyms" has them): both sides taken at once.
    var joinedSides = TradeoffSet()
    /// A percentage below 1 % occurs ("0.1 %").
    var smallPercent = false

    /// The side mask for a trade-off (0 if none named).
    func mask(_ tradeoff: Int) -> UInt32 {
        for s in sides where s.tradeoff == tradeoff { return s.mask }
        return 0
    }

    /// Trade-offs with a side chosen in this sentence (see `chooses`).
    var chosen = TradeoffSet()
    /// Trade-offs chosen only because the sentence states the design as a fact, with no choice
    /// cue, label or reason (an explicit decision is preferred as evidence).
    var statedOnly = TradeoffSet()

    /// A side of `tradeoff` chosen: a choice cue, a verdict against a side, a boundary saying when
    /// a side applies, or a reason given for a side ("X, because …") in the same clause as the
    /// side (clauses end at ; and dashes), or a negation just before the side.
    func chooses(_ tradeoff: Int) -> Bool { chosen.contains(tradeoff) }

    /// Holds a choice cue or a verdict, whatever it is about.
    var decides: Bool { cues.contains(.choice) || cues.contains(.rejection) }

    /// Gives a reason: a reason connective followed by substance, or a verdict against a side.
    var reasons: Bool { substantiveReason || cues.contains(.rejection) }

    /// Mentions `tradeoff` only as a list item (or the whole sentence is a list).
    func listMention(_ tradeoff: Int) -> Bool { listShaped || listOnly.contains(tradeoff) }

    /// Names what a side costs, a mitigation or a boundary.
    func acknowledgesCost(_ tradeoff: Int) -> Bool {
        substantiveCost || boundary || tradeoffSpecificCost.contains(tradeoff)
            || (tradeoffCost.contains(tradeoff) && cues.contains(.cost))
    }

    /// Refers to this problem: in a session that is about this problem (`onTopic`), one of its
    /// nouns, a quantity, an explanation (five content words, or three and a figure), a relevant
    /// grounding cue, or a requirement the clarify step stated (`clarifyRequirements`). A session
    /// written for another problem grounds nothing, so it stays at level 2 and below.
    func grounded(_ tradeoff: Int, clarifyRequirements: UInt64, onTopic: Bool) -> Bool {
        onTopic && (noun || quantity || explanatory || tradeoffGrounding.contains(tradeoff) || (requirements & clarifyRequirements) != 0)
    }
}

extension SentenceFacts {
    /// Analyses a tokenised sentence against the phrase table.
    init(step: Int, range: Range<Int>, tokens: [Token], table: PhraseTable, label: LineLabel? = nil, headWords: Int = 0,
         question: Bool = false) {
        self.step = step
        self.range = range
        let matches = table.matches(in: tokens)
        var sideSpans: [(t: Int, k: Int, start: Int, end: Int, loose: Bool)] = []
        var termCovered = [Bool](repeating: false, count: tokens.count)
        var negationEnds: [Int] = []
        var conditionEnds: [Int] = []
        var comparisonStarts: [Int] = []
        var clause = tokens.contains { $0.isPastForm }
        var nounCovered = [Bool](repeating: false, count: tokens.count)
        var reasonEnds: [Int] = []
        var costEnds: [Int] = []
        var contrastSpans: [(start: Int, end: Int, leading: Bool)] = []
        var decisionStarts: [Int] = []
        var clauseOf: [Int] = []
        if tokens.dropFirst().contains(where: { $0.clauseBreakBefore }) {
            clauseOf.reserveCapacity(tokens.count)
            var clauseIndex = 0
            for i in tokens.indices {
                if i > 0 && tokens[i].clauseBreakBefore { clauseIndex += 1 }
                clauseOf.append(clauseIndex)
            }
        } else {
            clauseOf = [Int](repeating: 0, count: tokens.count)
        }
        var latencyWordAt: [Int] = []
        var conjunctionAt: [Int] = []
        var connective = false
        var imperativeFirst = false
        var functionWord = false
        var functionWords = 0
        for m in matches {
            for role in table.roles[m.phrase] {
                switch role {
                case .side(let t, let k):
                    sideSpans.append((t, k, m.start, m.end, m.loose))
                case .tradeoffCost(let t): tradeoffCost.insert(t)
                case .tradeoffSpecificCost(let t): tradeoffSpecificCost.insert(t)
                case .tradeoffGrounding(let t): tradeoffGrounding.insert(t)
                case .noun(let n):
                    noun = true
                    nouns |= 1 << UInt64(min(n, 63))
                    for j in m.start..<m.end { nounCovered[j] = true }
                case .requirement(let r): requirements |= (1 << UInt64(r))
                case .cue(let kind):
                    switch kind {
                    case .negation: negationEnds.append(m.end)
                    case .condition: conditionEnds.append(m.end)
                    case .comparison: comparisonStarts.append(m.start)
                    case .clause: clause = true
                    case .imperative: if m.start == 0 { imperativeFirst = true }
                    case .functionWord: functionWord = true; functionWords += 1
                    case .connective: connective = true
                    case .reason: reasonEnds.append(m.end)
                    case .cost: costEnds.append(m.end); cues.insert(kind)
                    case .heavyModel: heavyModel = true
                    case .directional: contrastSpans.append((m.start, m.end, false))
                    case .leadingDirectional: contrastSpans.append((m.start, m.end, true))
                    case .latencyWord: latencyWordAt.append(m.start)
                    case .both, .universal, .freshness, .nightly, .rarity, .accuracy, .dismissal, .comparing, .bothWord, .offlineUse: markers.insert(kind)
                    case .hedge: cues.insert(kind)
                    case .conjunction: conjunctionAt.append(m.start)
                    case .assignment: markers.insert(kind)
                    default: cues.insert(kind)
                    }
                    if kind == .choice || kind == .rejection { decisionStarts.append(m.start) }
                    if kind == .comparison || kind == .negation { cues.insert(kind) }
                }
            }
        }
        // A reason must say something after its connective beyond the problem's nouns and empty
        // words ("because videos", "because it is better for ads" are not reasons; "to avoid skew
        // between training and serving" is).
        func content(_ r: Range<Int>) -> (words: Int, figure: Bool) {
            var n = 0, figure = false
            for j in r {
                if tokens[j].isNumber || tokens[j].isQuantity { figure = true; continue }
                if !tokens[j].isFiller && !nounCovered[j] { n += 1 }
            }
            return (n, figure)
        }
        for end in reasonEnds {
            let c = content(end..<tokens.count)
            if c.words >= 2 || (c.figure && c.words >= 1) {
                cues.insert(.reason)
                substantiveReason = true
                decisionStarts.append(end - 1)
            }
        }
        for end in costEnds {
            let c = content(end..<tokens.count)
            if c.words >= 1 || c.figure { substantiveCost = true }
        }
        if let label {
            let c = content(0..<tokens.count)
            switch label {
            case .decision: cues.insert(.choice); decisionStarts.append(0)
            case .reason: if c.words >= 2 || (c.figure && c.words >= 1) { substantiveReason = true; cues.insert(.reason) }
            case .cost: if c.words >= 1 || c.figure { substantiveCost = true; cues.insert(.cost) }
            }
        }
        let all = content(0..<tokens.count)
        explanatory = (all.words >= 3 && all.figure) || all.words >= 5
        var sideClauses: [(t: Int, clause: Int)] = []
        func hasSide(_ t: Int, inClause c: Int) -> Bool { sideClauses.contains { $0.t == t && $0.clause == c } }
        // A side phrase inside a longer phrase of the same trade-off does not count on its own.
        for s in sideSpans {
            let contained = sideSpans.contains { o in
                o.t == s.t && (!o.loose || s.loose) && o.start <= s.start && o.end >= s.end && (o.end - o.start) > (s.end - s.start)
            }
            if contained { continue }
            sideClauses.append((s.t, clauseOf[s.start]))
            if let i = sides.firstIndex(where: { $0.tradeoff == s.t }) {
                sides[i].mask |= 1 << UInt32(s.k)
            } else {
                sides.append((s.t, 1 << UInt32(s.k)))
            }
            if s.loose { termCovered[s.start] = true; termCovered[s.end - 1] = true } else { for j in s.start..<s.end { termCovered[j] = true } }
            if negationEnds.contains(where: { $0 <= s.start && s.start - $0 <= 3 }) { negatedSide.insert(s.t); chosen.insert(s.t) }
            if decisionStarts.contains(where: { clauseOf[min($0, tokens.count - 1)] == clauseOf[s.start] }) { chosen.insert(s.t) }
            // Notes state a decision by leading with it: "LightGBM, ~600 trees …", "Main: LightGBM".
            if !question, s.start == headWords || (s.start == 0 && headWords > 0),
               !negationEnds.contains(where: { $0 <= s.start }) {
                chosen.insert(s.t)
            }
        }
        // A bracket that explains the side before it in its clause ("out of scope (different privacy
        // rules)", "Split by time, last week test (price/stock changes leak)"): it names no side itself
        // and says something (two content words, or one with a figure).
        var b = 0
        while b < tokens.count {
            guard tokens[b].inBracket, b == 0 || !tokens[b - 1].inBracket else { b += 1; continue }
            var e = b
            while e < tokens.count && tokens[e].inBracket { e += 1 }
            let c = content(b..<e)
            if !(b..<e).contains(where: { termCovered[$0] }), c.words >= 2 || (c.figure && c.words >= 1),
               let sp = sideSpans.filter({ $0.end <= b && !tokens[$0.start].inBracket && clauseOf[$0.start] == clauseOf[b] }).max(by: { $0.end < $1.end }) {
                substantiveReason = true; cues.insert(.reason); chosen.insert(sp.t)
            }
            b = e
        }
        // Directional contrasts: in "X over Y" the side before the cue is preferred, the side after
        // it rejected; "instead of Y, X" the other way round; a negation just before a side rejects it.
        for c in contrastSpans {
            let clause = clauseOf[min(c.start, tokens.count - 1)]
            var byTradeoff: [Int: (before: UInt32, after: UInt32)] = [:]
            for sp in sideSpans where clauseOf[sp.start] == clause {
                var v = byTradeoff[sp.t] ?? (0, 0)
                if sp.end <= c.start { v.before |= 1 << UInt32(sp.k) } else if sp.start >= c.end { v.after |= 1 << UInt32(sp.k) }
                byTradeoff[sp.t] = v
            }
            for (t, v) in byTradeoff where v.after != 0 {
                var preferred: UInt32 = 0, rejected: UInt32 = 0
                if v.before != 0 {
                    preferred = v.before; rejected = v.after
                } else if c.leading {
                    let after = sideSpans.filter { $0.t == t && $0.start >= c.end && clauseOf[$0.start] == clause }.sorted { $0.start < $1.start }
                    rejected = 1 << UInt32(after[0].k)
                    preferred = after.dropFirst().reduce(UInt32(0)) { $0 | (1 << UInt32($1.k)) }
                }
                let p = preferred & ~rejected, r = rejected & ~preferred
                if p != 0 && r != 0 { preferences.append((t, p, r)) }
            }
        }
        if !markers.contains(.assignment) && !markers.contains(.comparing) {
            for a in sideSpans {
                for b in sideSpans where b.t == a.t && b.k != a.k && b.start > a.end {
                    if conjunctionAt.contains(where: { $0 >= a.end && $0 < b.start }) { joinedSides.insert(a.t) }
                }
            }
        }
        for i in tokens.indices where tokens[i].isQuantity { quantity = true; break }
        // A tight latency budget: a latency word with a figure of at most 50 ms near it.
        for at in latencyWordAt {
            for j in max(0, at - 6)..<min(tokens.count, at + 8) where tokens[j].milliseconds > 0 {
                latencyBudget = latencyBudget == 0 ? tokens[j].milliseconds : min(latencyBudget, tokens[j].milliseconds)
            }
        }
        for j in tokens.indices.dropLast() where tokens[j].isNumber && tokens[j].percentFollows && tokens[j].value < 1 && tokens[j].value > 0 {
            smallPercent = true
        }
        let numberAt = tokens.indices.filter { tokens[$0].isNumber || tokens[$0].isQuantity }
        let boundaryAt = conditionEnds.filter { end in
            numberAt.contains { $0 >= end && $0 - end < 6 } || comparisonStarts.contains { $0 >= end && $0 - end < 6 }
        }
        boundary = !boundaryAt.isEmpty
        for end in boundaryAt where end > 0 {
            let c = clauseOf[end - 1]
            for sd in sides where hasSide(sd.tradeoff, inClause: c) { chosen.insert(sd.tradeoff) }
        }
        if cues.contains(.depends) {
            bareDepends = conditionEnds.isEmpty && comparisonStarts.isEmpty
        }

        // List shape.
        var segments: [(start: Int, end: Int)] = []
        var segStart = 0
        for i in tokens.indices where i > 0 && tokens[i].separatorBefore {
            segments.append((segStart, i))
            segStart = i
        }
        segments.append((segStart, tokens.count))
        let shortTermSegments = segments.filter { seg in
            seg.end - seg.start <= 3 && (seg.start..<seg.end).contains { termCovered[$0] }
        }
        if shortTermSegments.count >= 3 {
            // Trade-offs whose every side mention sits inside the run of short list items.
            var inside = TradeoffSet(), outside = TradeoffSet()
            for sp in sideSpans {
                if shortTermSegments.contains(where: { $0.start <= sp.start && sp.end <= $0.end }) { inside.insert(sp.t) } else { outside.insert(sp.t) }
            }
            listOnly = inside.subtracting(outside)
        }
        let termTokens = termCovered.filter { $0 }.count
        let dense = tokens.count >= 4 && termTokens * 10 >= tokens.count * 6 && !connective
        if imperativeFirst, functionWord, tokens.count >= 3, !tokens[1].separatorBefore {
            clause = true
            cues.insert(.choice)   // an instruction ("Cache the feed …") states a decision
            for sd in sides where hasSide(sd.tradeoff, inClause: 0) { chosen.insert(sd.tradeoff) }
        }
        // A decision that carries its own figures and specifics ("Retrain weekly on a rolling
        // six-month matured window") explains itself: four content words beyond the side and a figure.
        var beyond = 0, figure = false
        for j in tokens.indices where !termCovered[j] {
            if tokens[j].isNumber || tokens[j].isQuantity { figure = true } else if !tokens[j].isFiller && !nounCovered[j] { beyond += 1 }
        }
        if figure && beyond >= 4 { substantiveReason = true; cues.insert(.reason) }
        // Notes drop their verbs ("2 of ~30 slots for fresh uploads, Thompson sampling"): a phrase
        // with prepositions and several content words is a statement, not a list of terms.
        let verbClause = clause
        if !clause, (functionWords >= 2 && content(0..<tokens.count).words >= 4) || (functionWords >= 1 && content(0..<tokens.count).words >= 2 && !dense) {
            clause = true
        }
        listShaped = !clause || dense
        // A design stated as a fact ("A nightly batch job scores every user", "The model is run in
        // shadow before it gets an A/B slice") is the author's decision about the one side it
        // names, unless the sentence weighs options ("could", "or", "an option"), sets a condition
        // or adds another option ("also", "both", "as well as").
        if verbClause, !listShaped, !question, !cues.contains(.hedge), !cues.contains(.depends), conditionEnds.isEmpty,
           !markers.contains(.both), !markers.contains(.bothWord), !cues.contains(.choice), !cues.contains(.rejection) {
            for sd in sides where sd.mask.nonzeroBitCount == 1 && !chosen.contains(sd.tradeoff) {
                chosen.insert(sd.tradeoff)
                statedOnly.insert(sd.tradeoff)
            }
        }
        // A note line that is only a side ("Pointwise.", "Decision: multi-task.") states the choice.
        if let only = sideSpans.first, sideSpans.allSatisfy({ $0.t == only.t }), !question,
           tokens.indices.filter({ j in j >= headWords && !termCovered[j] && !tokens[j].isFiller }).count <= (headWords > 0 ? 2 : 0),
           !tokens.indices.contains(where: { $0 > headWords && tokens[$0].separatorBefore }), tokens.count - headWords <= 5 {
            bareSide = true
            if label == .decision { chosen.insert(only.t); listShaped = false }
        }
        // A later clause (after a dash or semicolon) that names no side and says something explains
        // the first: "One model for all regions - small markets don't have enough clicks alone".
        // So does the text after a label that names a side: "Hashing: collisions blur small advertisers …".
        if !listShaped {
            var clauseStart = 0
            for j in 1...tokens.count where j == tokens.count || tokens[j].clauseBreakBefore {
                if clauseStart > 0, !(clauseStart..<j).contains(where: { termCovered[$0] }) {
                    let c = content(clauseStart..<j)
                    if c.words >= 3 || (c.figure && c.words >= 2) { substantiveReason = true; cues.insert(.reason) }
                }
                clauseStart = j
            }
            if headWords > 0, sideSpans.contains(where: { $0.end <= headWords }),
               !sideSpans.contains(where: { $0.start >= headWords }) {
                let c = content(headWords..<tokens.count)
                if c.words >= 4 || (c.figure && c.words >= 2) { substantiveReason = true; cues.insert(.reason) }
            }
        }
    }
}

/// What a note line's opening label ("Decision:", "Why:", "Downside:") says the line is.
enum LineLabel { case decision, reason, cost }

/// A set of cue kinds as a bit mask (cheaper than a Set on the scoring path).
struct CueSet {
    private var bits: UInt32 = 0
    func contains(_ kind: CueLexicon.Kind) -> Bool { bits & (1 << UInt32(kind.rawValue)) != 0 }
    mutating func insert(_ kind: CueLexicon.Kind) { bits |= 1 << UInt32(kind.rawValue) }
}
