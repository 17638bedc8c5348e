import Foundation
import WhiteboardCore

/// A rubric compiled for one problem: every side, cue and noun turned into word-id sequences once,
/// so scoring a session is a single pass over its words. Build it when the problem is chosen and
/// keep it; `score(_:)` is cheap enough to call on every keystroke, and `analyse(_:step:)` with
/// `score(_:canvas:)` lets a caller redo only the step being edited.
///
/// The ladder, per trade-off (full rules in docs/score-format.md):
/// 1. a side is named;
/// 2. two sides are contrasted ("vs", "rather than", …) or one side is chosen ("I'd use",
///    "no … needed", a verdict, a boundary, or a reason given for it, in the side's clause);
/// 3. that, with a reason ("because", "so that", …) grounded in this problem: one of its nouns,
///    or, in a session that uses its nouns, a quantity such as "200 ms", a relevant grounding
///    cue or a requirement the clarify step stated;
/// 4. that, plus an acknowledged cost, mitigation or boundary.
/// Only sentences naming a side of the trade-off count, wherever they stand, so order does not
/// matter: the choice, the grounded reason and the cost may come from different sentences about
/// it, but a reason and its grounding must share a sentence; the cost may also come from a
/// sentence that pairs one of the trade-off's own specific cost cues with a generic cost word.
/// A bare list of terms earns at most 1; "it depends" with no condition at most 2.
public struct CompiledRubric: Sendable {
    /// The problem this rubric scores against.
    public let template: ProblemTemplate
    private let table: PhraseTable
    private let lookup: [String: Tokenizer.WordInfo]
    /// Raw "-ed" words used inside catalogue terms ("learned embeddings"); they do not mark a clause.
    private let termParticiples: Set<String>
    /// The template's trade-offs found in the catalogue, in step order, with their step and weight.
    private let entries: [(step: StepID, ref: TradeoffRef, tradeoff: Tradeoff)]
    /// Template trade-off ids the catalogue does not define, or beyond the first
    /// `TradeoffSet.capacity` (256) of a template; they are left out of the score.
    public let unknownTradeoffs: [String]
    private let diagram: DiagramRubric
    /// Hashes of the word 3-grams of the template's own text (statement, prompts, talking
    /// points) and of its trade-offs' hints: a sentence made mostly of them is an echo.
    private let echoGrams: Set<UInt64>

    /// Compiles the rubric for `template`, looking its trade-offs up in `catalogue`.
    public init(template: ProblemTemplate, catalogue: TradeoffCatalogue) {
        self.template = template
        var byID: [String: Tradeoff] = [:]
        for t in catalogue.tradeoffs where byID[t.id] == nil { byID[t.id] = t }
        var entries: [(StepID, TradeoffRef, Tradeoff)] = []
        var unknown: [String] = []
        for (step, ref) in template.tradeoffRefs {
            if let t = byID[ref.id], entries.count < TradeoffSet.capacity { entries.append((step, ref, t)) } else { unknown.append(ref.id) }
        }
        self.entries = entries
        self.unknownTradeoffs = unknown

        var table = PhraseTable()
        for (i, e) in entries.enumerated() {
            for (k, side) in e.2.sides.prefix(32).enumerated() {
                for p in side.phrases { table.add(p, role: .side(tradeoff: i, side: k)) }
                for c in SideConcepts.concepts(tradeoff: e.2.id, side: side.label) { table.addConcept(c, role: .side(tradeoff: i, side: k)) }
            }
            for p in e.2.costCues {
                table.add(p, role: .tradeoffCost(i))
                if !CueLexicon.genericCosts.contains(p.lowercased()) { table.add(p, role: .tradeoffSpecificCost(i)) }
            }
        }
        // Each distinct noun (after normalisation) gets its own number, for the on-topic count.
        var nounForms: [[String]] = []
        for noun in template.nouns + Self.titleNouns(template.title) {
            let form = Tokenizer.phraseWords(noun)
            guard !form.isEmpty, !nounForms.contains(form) else { continue }
            table.add(noun, role: .noun(nounForms.count))
            nounForms.append(form)
        }
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
        table.sealBarriers()
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
        var echoText: [String] = [template.statement]
        for step in StepID.allCases {
            if let st = template.steps[step] { echoText += st.prompts + st.talkingPoints }
        }
        echoText += entries.map { $0.2.hint } + entries.map { $0.2.title }
        var grams: Set<UInt64> = []
        for text in echoText {
            let scalars = Array(text.unicodeScalars)
            for range in SentenceSplitter.split(scalars) {
                let toks = Tokenizer.tokens(scalars, range, lookup: [:])
                for g in Self.grams(toks) { grams.insert(g) }
            }
        }
        self.echoGrams = grams
    }

    /// Word 3-gram hashes of a sentence.
    static func grams(_ tokens: [Token]) -> [UInt64] {
        guard tokens.count >= 3 else { return [] }
        return (0...(tokens.count - 3)).map { i in
            (tokens[i].hash &* 0x9E3779B97F4A7C15) ^ (tokens[i + 1].hash &* 0xC2B2AE3D27D4EB4F) ^ tokens[i + 2].hash
        }
    }

    /// Whether most of a sentence's 3-grams come from the template's own text or hints.
    func isEcho(_ tokens: [Token]) -> Bool {
        let g = Self.grams(tokens)
        guard g.count >= 3 else { return false }
        let hits = g.filter { echoGrams.contains($0) }.count
        return hits >= 4 && hits * 10 >= g.count * 7
    }

    /// The label a note line opens with ("Decision: …", "Why: …", "Downside: …"): one to three
    /// words before a colon, the first of them a label word.
    static func lineLabel(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> LineLabel? {
        var colon: Int? = nil
        var i = range.lowerBound
        while i < min(range.upperBound, range.lowerBound + 30) {
            if scalars[i] == ":" { colon = i; break }
            i += 1
        }
        guard let colon else { return nil }
        let head = Tokenizer.words(scalars, range.lowerBound..<colon).map { Tokenizer.normalize($0.bytes) }
        guard let first = head.first, head.count <= 3 else { return nil }
        if CueLexicon.decisionLabels.contains(first) { return .decision }
        if CueLexicon.reasonLabels.contains(first) { return .reason }
        if CueLexicon.costLabels.contains(first) || head.contains(where: { CueLexicon.costLabels.contains($0) }) { return .cost }
        return nil
    }

    /// How many words stand before a note line's label colon ("Main: …" -> 1), or 0.
    static func headWords(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        var i = range.lowerBound
        while i < min(range.upperBound, range.lowerBound + 40) {
            if scalars[i] == ":" {
                let n = Tokenizer.words(scalars, range.lowerBound..<i).count
                return n <= 4 ? n : 0
            }
            i += 1
        }
        return 0
    }

    /// The ordinal an option line opens with (0-based): "1." / "2)" list numbers, "(a)", "b)".
    static func optionMarker(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        var lineStart = range.lowerBound
        while lineStart > 0, scalars[lineStart - 1] != "\n" { lineStart -= 1 }
        let prefix = String(String.UnicodeScalarView(scalars[lineStart..<range.lowerBound])).trimmingCharacters(in: .whitespaces)
        if prefix.count >= 2, let last = prefix.last, last == "." || last == ")", let n = Int(prefix.dropLast()), (1...9).contains(n) { return n - 1 }
        let head = String(String.UnicodeScalarView(scalars[range.lowerBound..<min(range.upperBound, range.lowerBound + 4)]))
        let chars = Array(head)
        func ordinal(_ c: Character) -> Int? {
            if let d = c.wholeNumberValue, (1...9).contains(d) { return d - 1 }
            if let a = c.asciiValue, a >= 97, a <= 101 { return Int(a) - 97 }
            return nil
        }
        if chars.count >= 3, chars[0] == "(", chars[2] == ")", let n = ordinal(Character(chars[1].lowercased())) { return n }
        if chars.count >= 3, chars[1] == ")", chars[2] == " ", let n = ordinal(Character(chars[0].lowercased())) { return n }
        return nil
    }

    /// The option a decision line points at when it names no side: "option 2", "(b)", "the
    /// second one", "B" (0-based), or nil.
    static func optionReference(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
        let words = Tokenizer.words(scalars, range).map { String(decoding: $0.bytes, as: UTF8.self) }
        let ordinals = ["first": 0, "second": 1, "third": 2, "fourth": 3, "1": 0, "2": 1, "3": 2, "4": 3,
                        "a": 0, "b": 1, "c": 2, "d": 3, "one": 0, "two": 1, "three": 2]
        for (i, w) in words.enumerated() {
            if w == "option" || w == "opt" || w == "approach" || w == "choice", i + 1 < words.count, let n = ordinals[words[i + 1]] { return n }
            if ["first", "second", "third"].contains(w), i + 1 < words.count, ["one", "option", "approach"].contains(words[i + 1]) { return ordinals[w] }
        }
        // "Decision: (b)" or "Decision: B."
        if words.count == 2, let n = ordinals[words[1]], words[1].count == 1 { return n }
        return nil
    }

    /// How many distinct problem nouns a session must use before its figures count as grounding.
    public static let onTopicNouns = 3
    /// Share of a session's sentences that must name one of the problem's nouns before its figures
    /// count as grounding.
    public static let onTopicShare = 0.15

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

    /// `scalars` with every line that opens with `>` (after spaces) turned into spaces: quoted
    /// lines are someone else's words, such as the interviewer's follow-up questions
    /// ("> Interviewer: …") inserted into the answer, and earn nothing. Offsets are unchanged, so
    /// evidence still points into the text as written.
    static func blankingQuotedLines(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out = scalars
        var i = 0
        var quoted = false
        while i < out.count {
            if i == 0 || scalars[i - 1] == "\n" {
                var j = i
                while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" { j += 1 }
                quoted = j < scalars.count && scalars[j] == ">"
            }
            if quoted && scalars[i] != "\n" { out[i] = " " }
            i += 1
        }
        return out
    }

    /// Analyses the text of one step (the expensive part of scoring). The whiteboard can keep
    /// one analysis per step and redo only the step being edited; `score(_:canvas:)` then
    /// combines them.
    public func analyse(_ text: String, step: StepID) -> StepAnalysis {
        let original = Array(text.unicodeScalars)
        let scalars = Self.blankingQuotedLines(original)
        var facts: [SentenceFacts] = []
        let index = step.number - 1
        var paragraph = 0
        var previousEnd = 0
        var optionRefs: [Int?] = []
        var optionMarkers: [Int?] = []
        for range in SentenceSplitter.split(scalars) {
            let tokens = Tokenizer.tokens(scalars, range, lookup: lookup, termParticiples: termParticiples)
            if tokens.isEmpty { continue }
            var newlines = 0
            for k in previousEnd..<range.lowerBound where scalars[k] == "\n" { newlines += 1 }
            if newlines >= 2 { paragraph += 1 }
            previousEnd = range.upperBound
            let label = Self.lineLabel(scalars, range)
            let head = Self.headWords(scalars, range)
            let question = scalars[range.upperBound - 1] == "?"
            var f = SentenceFacts(step: index, range: range, tokens: tokens, table: table, label: label, headWords: head, question: question)
            f.paragraph = paragraph
            f.lineStart = newlines >= 1 || facts.isEmpty
            f.echo = isEcho(tokens)
            let firstWords = Tokenizer.words(scalars, range).prefix(2).map { Tokenizer.normalize($0.bytes) }
            f.opensLinked = label != nil || firstWords.first.map(CueLexicon.linkingOpeners.contains) == true
                || (firstWords.first == "the" && firstWords.count > 1 && CueLexicon.linkingOpeners.contains(firstWords[1]))
            facts.append(f)
            optionRefs.append(label == .decision && f.sides.isEmpty ? Self.optionReference(scalars, range) : nil)
            optionMarkers.append(Self.optionMarker(scalars, range))
        }
        linkDecisions(&facts, optionRefs: optionRefs, optionMarkers: optionMarkers)
        var offsets: [Int32] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset: Int32 = 0
        for sc in original {
            offsets.append(offset)
            offset += Int32(UTF8.width(sc))
        }
        offsets.append(offset)
        return StepAnalysis(templateID: template.id, step: step, utf8: Array(text.utf8), utf8Offsets: offsets, facts: facts)
    }

    /// A decision line that names no side but points at an option ("Decision: option 2") chooses
    /// the side the option line names: the options are the run of lines just above it, in the same
    /// paragraph, that each name a side of one trade-off.
    private func linkDecisions(_ facts: inout [SentenceFacts], optionRefs: [Int?], optionMarkers: [Int?]) {
        for (i, ref) in optionRefs.enumerated() {
            guard let ref else { continue }
            // An option line marked like the reference ("(c) shared trunk …", "3. DCN-v2 …").
            if let o = (max(0, i - 15)..<i).reversed().first(where: { optionMarkers[$0] == ref && !facts[$0].sides.isEmpty }) {
                let sd = facts[o].sides[0]
                facts[i].sides.append((sd.tradeoff, sd.mask))
                facts[i].chosen.insert(sd.tradeoff)
                facts[i].listShaped = false
                continue
            }
            var j = i - 1
            var options: [Int] = []
            while j >= 0, facts[j].paragraph == facts[i].paragraph || options.isEmpty, i - j <= 12 {
                if !facts[j].sides.isEmpty { options.insert(j, at: 0) } else if !options.isEmpty { break }
                j -= 1
            }
            guard let last = options.last, let t = facts[last].sides.first?.tradeoff else { continue }
            let opts = options.filter { facts[$0].mask(t) != 0 }
            guard ref < opts.count else { continue }
            let mask = facts[opts[ref]].mask(t)
            facts[i].sides.append((t, mask))
            facts[i].chosen.insert(t)
            facts[i].listShaped = false
        }
    }

    /// Scores a session from per-step analyses made by this rubric (a missing step counts as
    /// empty) and its canvas. Same result as `score(_:)` on the session they came from.
    public func score(_ analyses: [StepID: StepAnalysis], canvas: Canvas) -> ScoreReport {
        var facts: [SentenceFacts] = []
        var parts: [StepAnalysis?] = []
        for step in StepID.allCases {
            let a = analyses[step]
            precondition(a == nil || (a!.templateID == template.id && a!.step == step), "a StepAnalysis from another rubric or step")
            parts.append(a)
            facts += a?.facts ?? []
        }
        func text(_ i: Int) -> String { parts[facts[i].step]!.text(facts[i].range) }
        var clarifyRequirements: UInt64 = 0
        for f in facts where f.step == 0 { clarifyRequirements |= f.requirements }
        // Figures and requirements ground a reason only in a session about this problem: one that
        // uses at least `onTopicNouns` of the problem's own nouns.
        var nounsUsed: UInt64 = 0
        var withNoun = 0, counted = 0
        for f in facts where !f.echo {
            nounsUsed |= f.nouns
            counted += 1
            if f.nouns != 0 { withNoun += 1 }
        }
        // …and names them throughout, not in a passing sentence or two: an answer to a
        // neighbouring problem shares a few words ("click", "impression") but rarely uses them.
        // A short answer may use only two of them, but then in a good share of its sentences.
        let distinct = nounsUsed.nonzeroBitCount
        let onTopic = (distinct >= Self.onTopicNouns && Double(withNoun) >= Self.onTopicShare * Double(counted))
            || (distinct >= Self.onTopicNouns - 1 && Double(withNoun) >= 2 * Self.onTopicShare * Double(counted))

        // Anchor sentences per trade-off (echoes of the template's own text earn nothing).
        var anchors = [[Int]](repeating: [], count: entries.count)
        for (i, f) in facts.enumerated() where !f.echo {
            for sd in f.sides { anchors[sd.tradeoff].append(i) }
        }
        let context = Constraints(facts)

        func assessAll(hedging: Bool) -> [Assessment] {
            entries.indices.map { i in
                assess(i, anchors: anchors[i], facts: facts, clarifyRequirements: clarifyRequirements, onTopic: onTopic,
                       constraints: context, hedging: hedging)
            }
        }
        var assessments = assessAll(hedging: false)
        // An answer that takes every side on several trade-offs hedges throughout: there a
        // decision that adds another option with "also", "as well", "equally" decides nothing either.
        let bothAtOnce = assessments.filter { $0.contradictions.contains { $0.choice == $0.conflictsWith } }.count
        if bothAtOnce >= Self.hedgingTradeoffs { assessments = assessAll(hedging: true) }
        // A design that breaks constraints it set itself (a 70B model in a 20 ms budget, nightly
        // batches under a freshness requirement) does not work as written, however well the rest
        // is argued: its total is capped.
        let broken = assessments.filter { $0.contradictions.contains { $0.choice != $0.conflictsWith && $0.reason != Self.reversedPreference } }.count

        var steps: [StepScore] = []
        var stepTotals: [Double] = []
        var stepListShares: [Double] = []
        for step in StepID.allCases {
            var scores: [TradeoffScore] = []
            var earned = 0.0, possible = 0.0, listed = 0.0
            for (i, e) in entries.enumerated() where e.step == step {
                let a = assessments[i]
                let w = Double(e.ref.weight.value)
                if a.level == 1, anchors[i].allSatisfy({ facts[$0].listMention(i) }) { listed += w * Self.levelValue[1] }
                scores.append(TradeoffScore(id: e.tradeoff.id, title: e.tradeoff.title, level: a.level, weight: e.ref.weight,
                                            evidence: a.evidence.map(text), hint: e.tradeoff.hint,
                                            contradictions: a.contradictions.map {
                                                Contradiction(reason: $0.reason, choice: text($0.choice), conflictsWith: text($0.conflictsWith))
                                            }, missing: a.missing))
                earned += w * Self.levelValue[a.level]
                possible += w
            }
            let exact = possible == 0 ? 0 : min(100, earned * 100 / (possible * Self.saturation))
            if possible > 0 {
                stepTotals.append(exact)
                stepListShares.append(listed * 100 / (possible * Self.saturation))
            }
            steps.append(StepScore(step: step, score: Int(exact.rounded()), tradeoffs: scores))
        }
        let mean = stepTotals.isEmpty ? 0 : stepTotals.reduce(0, +) / Double(stepTotals.count)
        let penalty = stepListShares.isEmpty ? 0 : 0.5 * stepListShares.reduce(0, +) / Double(stepListShares.count)
        var total = max(0, Int((mean - penalty).rounded()))
        if broken >= Self.brokenConstraintTradeoffs { total = min(total, Self.brokenConstraintCap) }
        return ScoreReport(total: total, steps: steps, diagram: diagram.score(canvas), listPenalty: Int(penalty.rounded()))
    }

    /// Trade-offs decided "both at once" from which the whole answer counts as hedging.
    public static let hedgingTradeoffs = 3
    /// Trade-offs whose decision breaks a constraint the answer stated, from which the total is capped.
    public static let brokenConstraintTradeoffs = 1
    /// The most a session scores when its decisions break its own constraints.
    public static let brokenConstraintCap = 25
    static let reversedPreference = "chooses both sides: each is preferred over the other"

    /// What each level of the ladder is worth in a step score: naming a side or choosing one
    /// without a reason is worth little; a grounded reason is most of the credit.
    public static let levelValue: [Double] = [0, 0.05, 0.2, 0.75, 1.0]

    /// Share of a step's weighted maximum at which the step scores 100, so a step whose
    /// important trade-offs are reasoned through is not held back by an optional one.
    public static let saturation = 0.92

    /// The session total the scale gives for the levels `levels` (trade-off id -> 0–4; an id not
    /// given counts as 0), with no list penalty: the total a grader's levels would earn.
    public func total(levels: [String: Int]) -> Int {
        var stepTotals: [Double] = []
        for step in StepID.allCases {
            var earned = 0.0, possible = 0.0
            for e in entries where e.step == step {
                let w = Double(e.ref.weight.value)
                earned += w * Self.levelValue[min(4, max(0, levels[e.tradeoff.id] ?? 0))]
                possible += w
            }
            if possible > 0 { stepTotals.append(min(100, earned * 100 / (possible * Self.saturation))) }
        }
        return stepTotals.isEmpty ? 0 : Int((stepTotals.reduce(0, +) / Double(stepTotals.count)).rounded())
    }

    /// The outcome of assessing one trade-off: its level, the sentences that earned it, what is
    /// still missing and the contradictions found.
    struct Assessment {
        var level: Int
        var evidence: [Int]
        var missing: [TradeoffScore.Part]
        var contradictions: [(reason: String, choice: Int, conflictsWith: Int)] = []
    }

    /// The level trade-off `t` earns and the sentences that earned it.
    ///
    /// Only sentences that name a side of `t` outside a bare list count, wherever they are in the
    /// session and in whatever order, plus the sentence right after one of them in the same
    /// paragraph when it names no other trade-off (notes explain a decision in the next line):
    /// a choice (or contrast) in one of them, a grounded reason, and an acknowledged cost.
    /// Choosing both sides, or a choice against a constraint the answer stated, caps the level at 1.
    private func assess(_ t: Int, anchors: [Int], facts: [SentenceFacts], clarifyRequirements: UInt64, onTopic: Bool,
                        constraints: Constraints, hedging: Bool = false) -> Assessment {
        guard let firstAnchor = anchors.first else {
            // A choice that names no side can still break a stated constraint ("accuracy" at 0.1 % positives).
            let conflicts = constraintConflicts(t, about: [], facts: facts, constraints: constraints)
            if let c = conflicts.first {
                return Assessment(level: 1, evidence: [c.choice, c.conflictsWith].sorted(), missing: [.decision, .reason, .cost], contradictions: conflicts)
            }
            return Assessment(level: 0, evidence: [], missing: [.decision, .reason, .cost])
        }
        // Sentences in the step the template lists the trade-off under come first, so that on a
        // tie the evidence is the discussion in its own step.
        let home = entries[t].step.number - 1
        /// A line that is only a side ("Pointwise.") and goes on, on the same line, to explain it.
        func explainedBareSide(_ i: Int) -> Bool {
            let j = i + 1
            return facts[i].bareSide && j < facts.count && facts[j].step == facts[i].step && !facts[j].lineStart && !facts[j].echo
                && !facts[j].listShaped && facts[j].sides.allSatisfy({ $0.tradeoff == t }) && (facts[j].reasons || facts[j].explanatory)
        }
        let about = anchors.filter { !facts[$0].listMention(t) || explainedBareSide($0) }.sorted { a, b in
            (facts[a].step != home ? 1 : 0, a) < (facts[b].step != home ? 1 : 0, b)
        }
        guard let firstAbout = about.first else { return Assessment(level: 1, evidence: [firstAnchor], missing: [.decision, .reason, .cost]) }
        // A session written for another problem names sides but decides nothing about this one.
        guard onTopic else { return Assessment(level: 1, evidence: [firstAbout], missing: [.decision, .reason, .cost]) }
        func contrasts(_ i: Int) -> Bool { facts[i].mask(t).nonzeroBitCount >= 2 && facts[i].cues.contains(.contrast) }
        func grounded(_ i: Int) -> Bool { facts[i].grounded(t, clarifyRequirements: clarifyRequirements, onTopic: onTopic) }
        func reasons(_ i: Int) -> Bool { facts[i].reasons && !facts[i].bareDepends && grounded(i) }
        /// The next sentence of the same paragraph when it continues this one: it names this
        /// trade-off only, or names none and opens with an anaphor, connective or label.
        func follower(_ i: Int) -> Int? {
            let j = i + 1
            guard j < facts.count, facts[j].step == facts[i].step, facts[j].paragraph == facts[i].paragraph,
                  !facts[j].echo, !facts[j].listShaped, facts[j].sides.allSatisfy({ $0.tradeoff == t }) else { return nil }
            // On a new line, only a continuation ("This …", "Why: …") or a named cost ("Measured cost
            // ~0.5 % of minutes") carries on from the line above.
            return facts[j].sides.isEmpty && facts[j].lineStart && !facts[j].opensLinked && !facts[j].substantiveCost ? nil : j
        }
        let deciding = about.filter { i in
            facts[i].chooses(t) || contrasts(i)
                || explainedBareSide(i)
        }
        // Reasons: in a sentence about the trade-off, or in the sentence after one (with a
        // connective, a "Why:" label, or an explanation with figures).
        /// The sentences that continue `i`: the next one, and the one after it on the same line.
        func followers(_ i: Int) -> [Int] {
            guard let f = follower(i) else { return [] }
            if let g = follower(f) { return [f, g] }
            return [f]
        }
        var reasonPairs: [(sentence: Int, anchor: Int)] = about.filter(reasons).map { ($0, $0) }
        for a in about {
            for f in followers(a) where (facts[f].reasons || facts[f].explanatory) && !facts[f].bareDepends && grounded(f) { reasonPairs.append((f, a)) }
        }
        var costSentences = about.filter { facts[$0].acknowledgesCost(t) }
        for a in about {
            for f in followers(a) where facts[f].acknowledgesCost(t) { costSentences.append(f) }
        }
        costSentences += facts.indices.filter { i in
            facts[i].tradeoffSpecificCost.contains(t) && !facts[i].listShaped && !facts[i].echo && facts[i].mask(t) == 0
                && facts[i].substantiveCost
        }
        var missing: [TradeoffScore.Part] = []
        if deciding.isEmpty { missing.append(.decision) }
        if reasonPairs.isEmpty { missing.append(.reason) }
        if costSentences.isEmpty { missing.append(.cost) }

        // Contradictions: one sentence prefers a side over another and a second the reverse; or a
        // heavyweight model chosen under a tight latency budget the answer stated.
        var contradictions: [(reason: String, choice: Int, conflictsWith: Int)] = []
        let prefs = about.flatMap { i in facts[i].preferences.filter { $0.tradeoff == t }.map { (i, $0.preferred, $0.rejected) } }
        outer: for (x, a) in prefs.enumerated() {
            // A preference under a condition ("revisit if a DNN beats GBDT by > 2 %") says when
            // the choice would change, not the reverse choice.
            for b in prefs[(x + 1)...] where a.1 & b.2 != 0 && a.2 & b.1 != 0 && a.0 != b.0
                && !facts[a.0].boundary && !facts[b.0].boundary {
                contradictions.append((Self.reversedPreference, a.0, b.0))
                break outer
            }
        }
        contradictions += constraintConflicts(t, about: about, facts: facts, constraints: constraints)
        // Both sides at once ("trees and a deep network, both, blended"): when every decision
        // about the trade-off takes all its sides together, nothing was decided.
        let together = deciding.filter { i in
            ((facts[i].mask(t).nonzeroBitCount >= 2 || hedging) && facts[i].markers.contains(.both) || facts[i].joinedSides.contains(t))
                && !facts[i].markers.contains(.comparing)
                && !facts[i].boundary && !facts[i].cues.contains(.condition)
        }
        // "We take both: …" refuses the choice outright, whatever else the answer says about it.
        // In a hedging answer a decision that adds another option ("and also …") refuses it too.
        let refused = (about + about.flatMap(followers)).first { facts[$0].markers.contains(.bothWord) }
            ?? (hedging ? deciding.first { facts[$0].markers.contains(.both) } : nil)
        if !deciding.isEmpty, together.count == deciding.count || refused != nil, contradictions.isEmpty {
            let i = refused ?? together[0]
            let level = reasonPairs.contains { $0.anchor == i || $0.sentence == i } ? 2 : 1
            return Assessment(level: level, evidence: [i], missing: missing,
                              contradictions: [("chooses both sides at once, so nothing is decided", i, i)])
        }
        if let c = contradictions.first {
            return Assessment(level: 1, evidence: [c.choice, c.conflictsWith].sorted(), missing: missing, contradictions: contradictions)
        }

        guard !deciding.isEmpty else {
            return Assessment(level: 1, evidence: [firstAbout], missing: missing)
        }
        // Prefer one sentence that both decides and reasons; else the first of each.
        let reasonSet = Set(reasonPairs.map(\.sentence))
        let explicit = deciding.filter { !facts[$0].statedOnly.contains(t) }
        let choice = explicit.first(where: { reasonSet.contains($0) }) ?? explicit.first(where: { d in reasonPairs.contains { $0.anchor == d } })
            ?? deciding.first(where: { reasonSet.contains($0) }) ?? deciding.first(where: { d in reasonPairs.contains { $0.anchor == d } }) ?? deciding[0]
        let reasonPair = reasonPairs.first { $0.sentence == choice } ?? reasonPairs.first { $0.anchor == choice } ?? reasonPairs.first
        guard let reasonPair else { return Assessment(level: 2, evidence: [choice], missing: missing) }
        var used: Set<Int> = [choice, reasonPair.sentence, reasonPair.anchor]
        var level = 3
        if let cost = costSentences.first(where: { used.contains($0) }) ?? costSentences.first {
            used.insert(cost)
            level = 4
        }
        return Assessment(level: level, evidence: used.sorted(), missing: missing)
    }

    /// Constraints the answer states, found once per session for the contradiction checks.
    struct Constraints {
        /// The sentence stating the tightest latency budget, and the budget in ms.
        var latency: (sentence: Int, ms: Double)?
        /// A sentence requiring freshness within seconds, minutes or hours.
        var freshness: Int?
        /// A sentence saying positives are rare (a share under 1 %, "rare", "one in a thousand").
        var rarity: Int?

        init(_ facts: [SentenceFacts]) {
            for (i, f) in facts.enumerated() where !f.echo {
                if f.latencyBudget > 0, latency == nil || f.latencyBudget < latency!.ms { latency = (i, f.latencyBudget) }
                if freshness == nil, f.markers.contains(.freshness), !f.markers.contains(.nightly) { freshness = i }
                if rarity == nil, f.markers.contains(.rarity) || f.smallPercent { rarity = i }
            }
        }
    }

    /// Most milliseconds a stated budget may have for a heavyweight model in it to be a contradiction.
    static let heavyModelBudget = 300.0

    /// Decisions about trade-off `t` that break a constraint the answer stated: a heavyweight model
    /// (an LLM, billions of parameters) inside a latency budget of at most 300 ms; everything on a
    /// nightly schedule although the answer asked for freshness in seconds to hours; plain accuracy
    /// as the metric although it said positives are rare.
    private func constraintConflicts(_ t: Int, about: [Int], facts: [SentenceFacts], constraints c: Constraints)
        -> [(reason: String, choice: Int, conflictsWith: Int)] {
        var out: [(reason: String, choice: Int, conflictsWith: Int)] = []
        let tradeoff = entries[t].tradeoff
        if let budget = c.latency, budget.ms <= Self.heavyModelBudget {
            let heavy = facts.indices.first { i in
                facts[i].heavyModel && !facts[i].echo && !facts[i].cues.contains(.negation) && !facts[i].markers.contains(.offlineUse) && i != budget.sentence
                    && (facts[i].mask(t) != 0 || tradeoff.id == "quality-vs-latency")
            }
            if let h = heavy {
                out.append(("a heavyweight model (an LLM, billions of parameters) cannot run inside the \(Int(budget.ms)) ms budget the answer set", h, budget.sentence))
            }
        }
        if let fresh = c.freshness {
            // A side that runs on a schedule rather than on the request or the event.
            let slowSides = tradeoff.sides.indices.filter { k in
                let l = tradeoff.sides[k].label.lowercased()
                return l.contains("batch") || l.contains("offline") || l.contains("asynchronous")
            }
            // A sentence that also names a side run on the request or the event describes a mixed
            // design ("fast counts are streamed; slow aggregates are computed nightly"), which is
            // what the freshness need asks for, not everything on a schedule; so does one that
            // speaks of freshness itself ("Freshness: counts are streamed ...; the rest nightly").
            let fastSides = tradeoff.sides.indices.filter { !slowSides.contains($0) }
            if !slowSides.isEmpty, let i = about.first(where: { i in
                facts[i].markers.contains(.nightly) && facts[i].markers.contains(.universal) && i != fresh
                    && !facts[i].cues.contains(.rejection) && !facts[i].cues.contains(.negation)
                    && slowSides.contains { facts[i].mask(t) & (1 << UInt32($0)) != 0 }
                    && !fastSides.contains { facts[i].mask(t) & (1 << UInt32($0)) != 0 }
                    && !facts[i].markers.contains(.freshness)
            }) {
                out.append(("everything runs on a nightly schedule, but the answer requires freshness", i, fresh))
            }
        }
        if let rare = c.rarity, tradeoff.id == "roc-auc-vs-pr-auc" {
            if let i = facts.indices.first(where: { i in
                i != rare && !facts[i].echo && facts[i].markers.contains(.accuracy) && !facts[i].markers.contains(.dismissal)
                    && !facts[i].cues.contains(.cost)   // "give up a little accuracy" weighs a model, not a metric
                    && !facts[i].cues.contains(.negation) && !facts[i].cues.contains(.rejection) && (facts[i].decides || facts[i].cues.contains(.comparison) || facts[i].quantity)
            }) {
                out.append(("accuracy is chosen as the metric, but the answer says positives are rare, so predicting none scores high", i, rare))
            }
        }
        return out
    }
}
