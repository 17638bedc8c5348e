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
/// A sentence may lean on its neighbours in the same step (the one before if it names the same
/// trade-off, the one after if it names it or continues the thought). A bare list of terms earns
/// at most 1; "it depends" with no condition at most 2.
public struct CompiledRubric: Sendable {
    /// The problem this rubric scores against.
    public let template: ProblemTemplate
    private let table: PhraseTable
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
            for p in e.2.costCues { table.add(p, role: .tradeoffCost(i)) }
        }
        for n in template.nouns { table.add(n, role: .noun) }
        for (r, w) in CueLexicon.requirementWords.enumerated() { table.add(w, role: .requirement(r)) }
        for kind in CueLexicon.Kind.allCases {
            for p in CueLexicon.phrases[kind] ?? [] { table.add(p, role: .cue(kind)) }
        }
        // Grounding cues count only when the problem's own text uses them, so a reason written
        // for another problem does not ground here.
        let problemWords = Tokenizer.phraseWords(([template.title, template.statement] + template.assumptions.values + template.nouns).joined(separator: "\n"))
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
        self.diagram = DiagramRubric(template: template)
    }

    /// Scores `session` against this problem.
    public func score(_ session: Session) -> ScoreReport {
        let facts = analyse(session)
        var clarifyRequirements: UInt64 = 0
        for f in facts where f.step == 0 { clarifyRequirements |= f.requirements }

        // Anchor sentences per trade-off.
        var anchors = [[Int]](repeating: [], count: entries.count)
        for (i, f) in facts.enumerated() {
            for s in f.sides { anchors[s.tradeoff].append(i) }
        }

        var steps: [StepScore] = []
        var stepTotals: [Int] = []
        for step in StepID.allCases {
            var scores: [TradeoffScore] = []
            var earned = 0, possible = 0
            for (i, e) in entries.enumerated() where e.step == step {
                let (level, evidence) = assess(i, anchors: anchors[i], facts: facts, clarifyRequirements: clarifyRequirements)
                scores.append(TradeoffScore(id: e.tradeoff.id, title: e.tradeoff.title, level: level, weight: e.ref.weight,
                                            evidence: evidence, hint: e.tradeoff.hint))
                earned += level * e.ref.weight.value
                possible += 4 * e.ref.weight.value
            }
            let stepScore = possible == 0 ? 0 : Int((Double(earned) * 100 / Double(possible)).rounded())
            if possible > 0 { stepTotals.append(stepScore) }
            steps.append(StepScore(step: step, score: stepScore, tradeoffs: scores))
        }
        let total = stepTotals.isEmpty ? 0 : Int((Double(stepTotals.reduce(0, +)) / Double(stepTotals.count)).rounded())
        return ScoreReport(total: total, steps: steps, diagram: diagram.score(session.canvas))
    }

    /// Splits every step into sentences and analyses each.
    private func analyse(_ session: Session) -> [SentenceFacts] {
        var out: [SentenceFacts] = []
        for (s, step) in StepID.allCases.enumerated() {
            let text = session.text(of: step)
            if text.isEmpty { continue }
            let scalars = Array(text.unicodeScalars)
            for range in SentenceSplitter.split(scalars) {
                let tokens = Tokenizer.tokens(scalars, range, vocabulary: table.vocabulary)
                if tokens.isEmpty { continue }
                let sentence = String(String.UnicodeScalarView(scalars[range]))
                out.append(SentenceFacts(step: s, text: sentence, tokens: tokens, table: table))
            }
        }
        return out
    }

    /// The best level any anchor sentence earns for trade-off `t`, with its evidence.
    private func assess(_ t: Int, anchors: [Int], facts: [SentenceFacts], clarifyRequirements: UInt64) -> (Int, [String]) {
        var best = 0
        var bestEvidence: [Int] = []
        for a in anchors {
            let anchor = facts[a]
            if anchor.listMention(t) {
                if best == 0 { best = 1; bestEvidence = [a] }
                continue
            }
            // The window: the anchor, the sentence before if it names this trade-off or its costs,
            // the sentence after if it does or continues the thought. Same step, no lists.
            var window = [a]
            if a > 0 {
                let p = facts[a - 1]
                if p.step == anchor.step, !p.listMention(t), p.mask(t) != 0 || p.tradeoffCost.contains(t) { window.insert(a - 1, at: 0) }
            }
            if a + 1 < facts.count {
                let n = facts[a + 1]
                if n.step == anchor.step, !n.listMention(t), n.mask(t) != 0 || n.tradeoffCost.contains(t) || n.continues { window.append(a + 1) }
            }
            var sidesSeen: UInt32 = 0
            for w in window { sidesSeen |= facts[w].mask(t) }
            let contrasted = sidesSeen.nonzeroBitCount >= 2 && window.contains { facts[$0].mask(t) != 0 && facts[$0].cues.contains(.contrast) }
            var level = 1
            var used: Set<Int> = [a]
            if anchor.chooses(t) || contrasted {
                level = 2
                if !anchor.chooses(t) { for w in window where facts[w].mask(t) != 0 { used.insert(w) } }
                let reasons = window.filter { facts[$0].reasons }
                let grounds = window.filter { facts[$0].grounded(t, clarifyRequirements: clarifyRequirements) }
                if let r = reasons.first, let g = grounds.first {
                    level = 3
                    used.insert(r); used.insert(g)
                    if let c = window.first(where: { facts[$0].acknowledgesCost(t) }) {
                        level = 4
                        used.insert(c)
                    }
                }
                if window.contains(where: { facts[$0].bareDepends }) { level = min(level, 2) }
            }
            let evidence = used.sorted()
            if level > best || (level == best && evidence.count < bestEvidence.count) {
                best = level
                bestEvidence = evidence
            }
            if best == 4 { break }
        }
        // A grounded, reasoned choice whose cost is acknowledged in another sentence about the same trade-off.
        if best == 3, let c = anchors.first(where: { !facts[$0].listMention(t) && facts[$0].acknowledgesCost(t) && !bestEvidence.contains($0) }) {
            best = 4
            bestEvidence = (bestEvidence + [c]).sorted()
        }
        return (best, bestEvidence.map { facts[$0].text })
    }
}
