import Rubric
import WhiteboardCore

/// Chooses one follow-up question for a step from what the answer leaves open, in this order:
/// a contradiction the rubric found in the step's trade-offs; a figure stated while clarifying
/// that this step ignores (asked from the problem's `followUps`); the weakest core trade-off
/// below level 3, then the weakest optional one (asked from the catalogue's `followUps`).
/// Placeholders such as `{latency}` are filled with the user's own figures; a question whose
/// figure the answer lacks is passed over. Pure.
public enum FollowUpPicker {
    public static func pick(session: Session, step: StepID, template: ProblemTemplate, catalogue: TradeoffCatalogue,
                            report: ScoreReport) -> FollowUp? {
        candidates(session: session, step: step, template: template, catalogue: catalogue, report: report).first
    }

    /// Every question the answer raises for `step`, best first.
    public static func candidates(session: Session, step: StepID, template: ProblemTemplate, catalogue: TradeoffCatalogue,
                                  report: ScoreReport) -> [FollowUp] {
        var out: [FollowUp] = []
        let figures = allFigures(session)
        let scores = report.step(step)?.tradeoffs ?? []

        // Contradictions listed under this step, or whose choice was written in it.
        let stepText = session.text(of: step)
        for stepScore in report.steps {
            for t in stepScore.tradeoffs {
                for c in t.contradictions where stepScore.step == step || (!c.choice.isEmpty && stepText.contains(c.choice)) {
                    let q = "You wrote \(quote(c.conflictsWith)) and also \(quote(c.choice)), but \(c.reason). Which one holds, and what changes in your design?"
                    out.append(FollowUp(step: step, question: q, reason: .contradiction(tradeoff: t.id),
                                        because: "\(t.id): the answer contradicts itself"))
                }
            }
        }

        if step != .clarify {
            let here = FigureExtractor.figures(in: stepText, step: step)
            var asked = Set<FigureKind>()
            for f in figures where f.step == .clarify && f.kind.steps.contains(step) && !asked.contains(f.kind) {
                let used = here.contains { $0.kind == f.kind } || containsNumber(stepText, f.number)
                guard !used else { continue }
                asked.insert(f.kind)
                guard let q = (template.followUps[f.kind.rawValue] ?? []).lazy.compactMap({ fill($0, figures, prefer: f) }).first else { continue }
                out.append(FollowUp(step: step, question: q, reason: .ignoredFigure(f),
                                    because: "the clarify step says \(quote(f.text)) (\(f.kind.rawValue)) but \(step.rawValue) never uses it"))
            }
        }

        let open = scores.enumerated().filter { $0.element.level < 3 }
            .sorted { a, b in
                let ka = (a.element.weight == .core ? 0 : 1, a.element.level, a.offset)
                let kb = (b.element.weight == .core ? 0 : 1, b.element.level, b.offset)
                return ka < kb
            }.map(\.element)
        for t in open {
            guard let entry = catalogue[t.id],
                  let q = entry.followUps.lazy.compactMap({ fill($0, figures, prefer: nil) }).first else { continue }
            let state = t.level == 0 ? "missing" : "at level \(t.level) of 4, lacking \(t.missing.map(\.rawValue).joined(separator: ", "))"
            out.append(FollowUp(step: step, question: q, reason: .openTradeoff(id: t.id, level: t.level, core: t.weight == .core),
                                because: "\(t.id) (\(t.weight.rawValue)) is \(state)"))
        }
        return out
    }

    /// The figures of every step, clarify first, in step order.
    static func allFigures(_ session: Session) -> [Figure] {
        StepID.allCases.flatMap { FigureExtractor.figures(in: session.text(of: $0), step: $0) }
    }

    /// `template` with each `{kind}` replaced by the user's figure of that kind (`prefer` first,
    /// then the first stated, clarify first); nil when one is missing.
    static func fill(_ template: String, _ figures: [Figure], prefer: Figure?) -> String? {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { return nil }
            out += rest[..<open]
            guard let kind = FigureKind(rawValue: String(rest[rest.index(after: open)..<close])) else { return nil }
            guard let f = (prefer?.kind == kind ? prefer : nil) ?? figures.first(where: { $0.kind == kind }) else { return nil }
            out += f.text
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// Whether `text` has `number` as a whole number (not inside a longer one).
    static func containsNumber(_ text: String, _ number: String) -> Bool {
        var search = text[...]
        while let r = search.range(of: number) {
            let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
            let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
            func digit(_ c: Character?) -> Bool { c.map { $0.isNumber || $0 == "." || $0 == "," } ?? false }
            if !digit(before), !(after.map(\.isNumber) ?? false) { return true }
            search = text[r.upperBound...]
        }
        return false
    }

    /// A sentence in quotation marks, shortened to 90 characters.
    static func quote(_ s: String) -> String {
        let flat = s.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        return "\u{201C}" + (flat.count > 90 ? String(flat.prefix(89)) + "…" : flat) + "\u{201D}"
    }
}
