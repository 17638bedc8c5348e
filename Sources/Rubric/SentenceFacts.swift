/// What the rubric found in one sentence: which trade-off sides it names and which cues it holds.
struct SentenceFacts {
    /// Index of the step (in `StepID.allCases`) the sentence was written in.
    var step: Int
    /// Where the sentence is in its step's text (unicode-scalar offsets); the evidence text.
    var range: Range<Int>
    /// (template trade-off index, bit mask of the sides named).
    var sides: [(tradeoff: Int, mask: UInt32)] = []
    /// Trade-offs with a side rejected by a negation just before it ("no ANN needed").
    var negatedSide: Set<Int> = []
    /// Trade-offs named only inside a run of short comma-separated terms (they earn at most 1 here).
    var listOnly: Set<Int> = []
    /// Trade-offs whose own cost cues occur.
    var tradeoffCost: Set<Int> = []
    /// Trade-offs whose own specific cost cues occur (see `CueLexicon.genericCosts`).
    var tradeoffSpecificCost: Set<Int> = []
    /// Trade-offs whose (problem-relevant) grounding cues occur.
    var tradeoffGrounding: Set<Int> = []
    /// Generic cue kinds present.
    var cues = CueSet()
    /// A problem noun occurs.
    var noun = false
    /// Which of the problem's nouns occur (phrase indices).
    var nounPhrases: Set<Int> = []
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

    /// The side mask for a trade-off (0 if none named).
    func mask(_ tradeoff: Int) -> UInt32 {
        for s in sides where s.tradeoff == tradeoff { return s.mask }
        return 0
    }

    /// Trade-offs with a side chosen in this sentence (see `chooses`).
    var chosen: Set<Int> = []

    /// A side of `tradeoff` chosen: a choice cue, a verdict against a side, a boundary saying when
    /// a side applies, or a reason given for a side ("X, because …") in the same clause as the
    /// side (clauses end at ; and dashes), or a negation just before the side.
    func chooses(_ tradeoff: Int) -> Bool { chosen.contains(tradeoff) }

    /// Holds a choice cue or a verdict, whatever it is about.
    var decides: Bool { cues.contains(.choice) || cues.contains(.rejection) }

    /// Gives a reason: a reason connective, or a verdict against a side.
    var reasons: Bool { cues.contains(.reason) || cues.contains(.rejection) }

    /// Mentions `tradeoff` only as a list item (or the whole sentence is a list).
    func listMention(_ tradeoff: Int) -> Bool { listShaped || listOnly.contains(tradeoff) }

    /// Names what a side costs, a mitigation or a boundary.
    func acknowledgesCost(_ tradeoff: Int) -> Bool {
        cues.contains(.cost) || boundary || tradeoffCost.contains(tradeoff)
    }

    /// Refers to this problem: one of its nouns; or, in a session that is about this problem
    /// (`onTopic`), a quantity, a relevant grounding cue, or a requirement the clarify step stated
    /// (`clarifyRequirements`).
    func grounded(_ tradeoff: Int, clarifyRequirements: UInt64, onTopic: Bool) -> Bool {
        noun || (onTopic && (quantity || tradeoffGrounding.contains(tradeoff) || (requirements & clarifyRequirements) != 0))
    }
}

extension SentenceFacts {
    /// Analyses a tokenised sentence against the phrase table.
    init(step: Int, range: Range<Int>, tokens: [Token], table: PhraseTable) {
        self.step = step
        self.range = range
        let matches = table.matches(in: tokens)
        var sideSpans: [(t: Int, k: Int, start: Int, end: Int)] = []
        var termCovered = [Bool](repeating: false, count: tokens.count)
        var negationEnds: [Int] = []
        var conditionEnds: [Int] = []
        var comparisonStarts: [Int] = []
        var clause = tokens.contains { $0.isPastForm }
        var nounCovered = [Bool](repeating: false, count: tokens.count)
        var reasonEnds: [Int] = []
        var decisionStarts: [Int] = []
        var clauseOf = [Int](repeating: 0, count: tokens.count)
        var clauseIndex = 0
        for i in tokens.indices {
            if i > 0 && tokens[i].clauseBreakBefore { clauseIndex += 1 }
            clauseOf[i] = clauseIndex
        }
        var connective = false
        var imperativeFirst = false
        var functionWord = false
        for m in matches {
            for role in table.roles[m.phrase] {
                switch role {
                case .side(let t, let k):
                    sideSpans.append((t, k, m.start, m.end))
                case .tradeoffCost(let t): tradeoffCost.insert(t)
                case .tradeoffSpecificCost(let t): tradeoffSpecificCost.insert(t)
                case .tradeoffGrounding(let t): tradeoffGrounding.insert(t)
                case .noun:
                    noun = true
                    nounPhrases.insert(m.phrase)
                    for j in m.start..<m.end { nounCovered[j] = true }
                case .requirement(let r): requirements |= (1 << UInt64(r))
                case .cue(let kind):
                    switch kind {
                    case .negation: negationEnds.append(m.end)
                    case .condition: conditionEnds.append(m.end)
                    case .comparison: comparisonStarts.append(m.start)
                    case .clause: clause = true
                    case .imperative: if m.start == 0 { imperativeFirst = true }
                    case .functionWord: functionWord = true
                    case .connective: connective = true
                    case .reason: reasonEnds.append(m.end)
                    default: cues.insert(kind)
                    }
                    if kind == .choice || kind == .rejection { decisionStarts.append(m.start) }
                    if kind == .comparison || kind == .negation { cues.insert(kind) }
                }
            }
        }
        // A reason must say something after its connective beyond the problem's nouns
        // ("because videos" is not a reason; "to avoid skew" is).
        for end in reasonEnds where (end..<tokens.count).contains(where: { !nounCovered[$0] }) {
            cues.insert(.reason)
            decisionStarts.append(end - 1)
        }
        var sideClauses: [Int: Set<Int>] = [:]
        // A side phrase inside a longer phrase of the same trade-off does not count on its own.
        for s in sideSpans {
            let contained = sideSpans.contains { o in
                o.t == s.t && o.start <= s.start && o.end >= s.end && (o.end - o.start) > (s.end - s.start)
            }
            if contained { continue }
            sideClauses[s.t, default: []].insert(clauseOf[s.start])
            if let i = sides.firstIndex(where: { $0.tradeoff == s.t }) {
                sides[i].mask |= 1 << UInt32(s.k)
            } else {
                sides.append((s.t, 1 << UInt32(s.k)))
            }
            for j in s.start..<s.end { termCovered[j] = true }
            if negationEnds.contains(where: { $0 <= s.start && s.start - $0 <= 3 }) { negatedSide.insert(s.t); chosen.insert(s.t) }
            if decisionStarts.contains(where: { clauseOf[min($0, tokens.count - 1)] == clauseOf[s.start] }) { chosen.insert(s.t) }
        }
        for i in tokens.indices where tokens[i].isQuantity { quantity = true; break }
        let numberAt = tokens.indices.filter { tokens[$0].isNumber || tokens[$0].isQuantity }
        let boundaryAt = conditionEnds.filter { end in
            numberAt.contains { $0 >= end && $0 - end < 6 } || comparisonStarts.contains { $0 >= end && $0 - end < 6 }
        }
        boundary = !boundaryAt.isEmpty
        for end in boundaryAt where end > 0 {
            let c = clauseOf[end - 1]
            for sd in sides where sideClauses[sd.tradeoff]?.contains(c) == true { chosen.insert(sd.tradeoff) }
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
            var inRun: [Int: Bool] = [:]
            for sp in sideSpans {
                let inside = shortTermSegments.contains { $0.start <= sp.start && sp.end <= $0.end }
                inRun[sp.t] = (inRun[sp.t] ?? true) && inside
            }
            listOnly = Set(inRun.filter { $0.value }.map(\.key))
        }
        let termTokens = termCovered.filter { $0 }.count
        let dense = tokens.count >= 4 && termTokens * 10 >= tokens.count * 6 && !connective
        if imperativeFirst, functionWord, tokens.count >= 3, !tokens[1].separatorBefore {
            clause = true
            cues.insert(.choice)   // an instruction ("Cache the feed …") states a decision
            for sd in sides where sideClauses[sd.tradeoff]?.contains(0) == true { chosen.insert(sd.tradeoff) }
        }
        listShaped = !clause || dense
    }
}

/// A set of cue kinds as a bit mask (cheaper than a Set on the scoring path).
struct CueSet {
    private var bits: UInt32 = 0
    func contains(_ kind: CueLexicon.Kind) -> Bool { bits & (1 << UInt32(kind.rawValue)) != 0 }
    mutating func insert(_ kind: CueLexicon.Kind) { bits |= 1 << UInt32(kind.rawValue) }
}
