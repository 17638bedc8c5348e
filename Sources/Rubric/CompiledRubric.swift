import WhiteboardCore

/// A rubric compiled for one problem: every side, cue and noun turned into word-id sequences once,
/// so scoring a session is a single pass over its words. Build it when the problem is chosen and
/// keep it; `score(_:)` is cheap enough to call on every keystroke.
///
/// The ladder, per trade-off (see docs/score-format.md):
/// 1. a side is named;
/// 2. two sides are contrasted ("vs", "rather than", …) or one side is chosen ("I'd use", "no … needed");
/// 3. that, with a reason ("because", "so that", …) grounded in this problem (a quantity such as
///    "200 ms", one of the problem's nouns, its relevant grounding cues, or a requirement the
///    clarify step stated);
/// 4. that, plus an acknowledged cost, mitigation or boundary.
/// Only sentences naming a side of the trade-off count, wherever they stand: the choice, the
/// grounded reason and the cost may come from different sentences about it, but a reason and its
/// grounding must share a sentence; the cost may also come from a sentence that pairs one of the
/// trade-off's own cost cues with a generic cost word. A bare list of terms earns at most 1; "it depends" with no
/// condition at most 2.
public struct CompiledRubric: Sendable {
    /// The problem this rubric scores against.
    public let template: ProblemTemplate
    private let table: PhraseTable
    private let lookup: [String: Tokenizer.WordInfo]
    /// Raw "-ed" words used inside catalogue terms ("learned embeddings"); they do not mark a clause.
    private let termParticiples: Set<String>
    /// The template's trade-offs found in the catalogue, in step order, with their step and weight.
    private let entries: [(step: StepID, ref: TradeoffRef, tradeoff: Tradeoff)]
    /// Template trade-off ids the catalogue does not define (they are left out of the score).
    public let unknownTradeoffs: [String]
    private let diagram: DiagramRubric

    /// Compiles the rubric for `template`, looking its trade-offs up in `catalogue`.
    public init(template: ProblemTemplate, catalogue: TradeoffCatalogue) {
        self.template = template
        var byID: [String: Tradeoff] = [:]
        for t in catalogue.tradeoffs where byID[t.id] == nil { byID[t.id] = t }
        var entries: [(StepID, TradeoffRef, Tradeoff)] = []
        var unknown: [String] = []
        for (step, ref) in template.tradeoffRefs {
            if let t = byID[ref.id] { entries.append((step, ref, t)) } else { unknown.append(ref.id) }
        }
        self.entries = entries
        self.unknownTradeoffs = unknown

        var table = PhraseTable()
        for (i, e) in entries.enumerated() {
            for (k, side) in e.2.sides.prefix(32).enumerated() {
                for p in side.phrases { table.add(p, role: .side(tradeoff: i, side: k)) }
            }
            for p in e.2.costCues {
                table.add(p, role: .tradeoffCost(i))
                if !CueLexicon.genericCosts.contains(p.lowercased()) { table.add(p, role: .tradeoffSpecificCost(i)) }
            }
        }
        for n in template.nouns + Self.titleNouns(template.title) { table.add(n, role: .noun) }
        for (r, w) in CueLexicon.requirementWords.enumerated() { table.add(w, role: .requirement(r)) }
        for kind in CueLexicon.Kind.allCases {
            for p in CueLexicon.phrases[kind] ?? [] { table.add(p, role: .cue(kind)) }
        }
        // Grounding cues count only when the problem's own text uses them, so a reason written
        // for another problem does not ground here.
        let problemWords = Tokenizer.phraseWords(([template.title, template.statement] + template.orderedAssumptions.map(\.value) + template.nouns).joined(separator: "\n"))
        for (i, e) in entries.enumerated() {
            for p in e.2.groundingCues {
                let words = Tokenizer.phraseWords(p)
                guard !words.isEmpty, words.count <= problemWords.count else { continue }
                let found = (0...(problemWords.count - words.count)).contains { start in
                    words.indices.allSatisfy { problemWords[start + $0] == words[$0] }
                }
                if found { table.add(p, role: .tradeoffGrounding(i)) }
            }
        }
        self.table = table
        self.lookup = Tokenizer.lookup(vocabulary: table.vocabulary)
        var participles: Set<String> = []
        for t in catalogue.tradeoffs {
            for phrase in t.sides.flatMap(\.phrases) + t.costCues + t.groundingCues {
                let scalars = Array(phrase.unicodeScalars)
                for w in Tokenizer.words(scalars, 0..<scalars.count) where w.bytes.count >= 5 && w.bytes.suffix(2).elementsEqual("ed".utf8) {
                    participles.insert(String(decoding: w.bytes, as: UTF8.self))
                }
            }
        }
        self.termParticiples = participles
        self.diagram = DiagramRubric(template: template)
    }

    /// How many distinct problem nouns a session must use before its figures count as grounding.
    public static let onTopicNouns = 3

    /// Words of a problem title that name its domain ("payment", "fraud"), leaving out the
    /// generic ML words every problem shares ("prediction", "detection", …).
    static func titleNouns(_ title: String) -> [String] {
        let generic: Set<String> = ["prediction", "detection", "classification", "recommendation", "recommendations",
                                    "search", "ranking", "system", "design", "estimation", "answering", "rag",
                                    "similar", "and", "the", "of", "for", "a", "an", "you", "may", "know"]
        let scalars = Array(title.unicodeScalars)
        return Tokenizer.words(scalars, 0..<scalars.count).map { String(decoding: $0.bytes, as: UTF8.self) }.filter { $0.count > 1 && !generic.contains($0) }
    }

    /// Scores `session` against this problem.
    public func score(_ session: Session) -> ScoreReport {
        var analyses: [StepID: StepAnalysis] = [:]
        for step in StepID.allCases { analyses[step] = analyse(session.text(of: step), step: step) }
        return score(analyses, canvas: session.canvas)
    }

    /// Analyses the text of one step (the expensive part of scoring). The whiteboard can keep
    /// one analysis per step and redo only the step being edited; `score(_:canvas:)` then
    /// combines them.
    public func analyse(_ text: String, step: StepID) -> StepAnalysis {
        let scalars = Array(text.unicodeScalars)
        var facts: [SentenceFacts] = []
        let index = step.number - 1
        for range in SentenceSplitter.split(scalars) {
            let tokens = Tokenizer.tokens(scalars, range, lookup: lookup, termParticiples: termParticiples)
            if tokens.isEmpty { continue }
            facts.append(SentenceFacts(step: index, range: range, tokens: tokens, table: table))
        }
        return StepAnalysis(templateID: template.id, step: step, scalars: scalars, facts: facts)
    }

    /// Scores a session from per-step analyses made by this rubric (a missing step counts as
    /// empty) and its canvas. Same result as `score(_:)` on the session they came from.
    public func score(_ analyses: [StepID: StepAnalysis], canvas: Canvas) -> ScoreReport {
        var facts: [SentenceFacts] = []
        var texts: [[Unicode.Scalar]] = []
        for step in StepID.allCases {
            let a = analyses[step]
            precondition(a == nil || (a!.templateID == template.id && a!.step == step), "a StepAnalysis from another rubric or step")
            texts.append(a?.scalars ?? [])
            facts += a?.facts ?? []
        }
        func text(_ i: Int) -> String { String(String.UnicodeScalarView(texts[facts[i].step][facts[i].range])) }
        var clarifyRequirements: UInt64 = 0
        for f in facts where f.step == 0 { clarifyRequirements |= f.requirements }
        // Figures and requirements ground a reason only in a session about this problem: one that
        // uses at least `onTopicNouns` of the problem's own nouns.
        var nounsUsed: Set<Int> = []
        for f in facts { nounsUsed.formUnion(f.nounPhrases) }
        let onTopic = nounsUsed.count >= Self.onTopicNouns

        // Anchor sentences per trade-off.
        var anchors = [[Int]](repeating: [], count: entries.count)
        for (i, f) in facts.enumerated() {
            for s in f.sides { anchors[s.tradeoff].append(i) }
        }

        var steps: [StepScore] = []
        var stepTotals: [Double] = []
        var stepListShares: [Double] = []
        for step in StepID.allCases {
            var scores: [TradeoffScore] = []
            var earned = 0, possible = 0, listed = 0
            for (i, e) in entries.enumerated() where e.step == step {
                let (level, evidence) = assess(i, anchors: anchors[i], facts: facts, clarifyRequirements: clarifyRequirements, onTopic: onTopic)
                if level == 1, anchors[i].allSatisfy({ facts[$0].listMention(i) }) { listed += e.ref.weight.value }
                scores.append(TradeoffScore(id: e.tradeoff.id, title: e.tradeoff.title, level: level, weight: e.ref.weight,
                                            evidence: evidence.map(text), hint: e.tradeoff.hint))
                earned += level * e.ref.weight.value
                possible += 4 * e.ref.weight.value
            }
            let exact = possible == 0 ? 0 : Double(earned) * 100 / Double(possible)
            if possible > 0 {
                stepTotals.append(exact)
                stepListShares.append(Double(listed) * 100 / Double(possible))
            }
            steps.append(StepScore(step: step, score: Int(exact.rounded()), tradeoffs: scores))
        }
        let mean = stepTotals.isEmpty ? 0 : stepTotals.reduce(0, +) / Double(stepTotals.count)
        let penalty = stepListShares.isEmpty ? 0 : 0.5 * stepListShares.reduce(0, +) / Double(stepListShares.count)
        let total = max(0, Int((mean - penalty).rounded()))
        return ScoreReport(total: total, steps: steps, diagram: diagram.score(canvas), listPenalty: Int(penalty.rounded()))
    }

    /// The level trade-off `t` earns and the sentences that earned it.
    ///
    /// Only sentences that name a side of `t` outside a bare list count, wherever they are in the
    /// session and in whatever order, so moving sentences around cannot create credit: a choice
    /// (or contrast) in one of them, a grounded reason in one of them (a reason and its
    /// grounding in the same sentence), and an acknowledged cost in one of them.
    private func assess(_ t: Int, anchors: [Int], facts: [SentenceFacts], clarifyRequirements: UInt64, onTopic: Bool) -> (Int, [Int]) {
        guard let firstAnchor = anchors.first else { return (0, []) }
        // Sentences in the step the template lists the trade-off under come first, so that on a
        // tie the evidence is the discussion in its own step.
        let home = entries[t].step.number - 1
        let about = anchors.filter { !facts[$0].listMention(t) }.sorted { a, b in
            (facts[a].step != home ? 1 : 0, a) < (facts[b].step != home ? 1 : 0, b)
        }
        guard let firstAbout = about.first else { return (1, [firstAnchor]) }
        func contrasts(_ i: Int) -> Bool { facts[i].mask(t).nonzeroBitCount >= 2 && facts[i].cues.contains(.contrast) }
        func reasons(_ i: Int) -> Bool {
            facts[i].reasons && !facts[i].bareDepends && facts[i].grounded(t, clarifyRequirements: clarifyRequirements, onTopic: onTopic)
        }
        let deciding = about.filter { facts[$0].chooses(t) || contrasts($0) }
        guard !deciding.isEmpty else { return (1, [firstAbout]) }
        let reasoned = about.filter(reasons)
        // Prefer one sentence that both decides and reasons; else the first of each.
        let choice = deciding.first(where: reasons) ?? deciding[0]
        guard let reason = reasoned.contains(choice) ? choice : reasoned.first else { return (2, [choice]) }
        var used: Set<Int> = [choice, reason]
        var level = 3
        // A cost may also sit in a sentence that names none of the sides but uses one of this
        // trade-off's own specific cost cues together with a generic cost word ("The downside is
        // some recall loss").
        let costCandidates = about + facts.indices.filter { i in
            facts[i].tradeoffSpecificCost.contains(t) && !facts[i].listShaped && facts[i].mask(t) == 0
                && (facts[i].cues.contains(.cost) || facts[i].boundary)
        }
        if let cost = [choice, reason].first(where: { facts[$0].acknowledgesCost(t) }) ?? costCandidates.first(where: { facts[$0].acknowledgesCost(t) }) {
            used.insert(cost)
            level = 4
        }
        return (level, used.sorted())
    }
}
