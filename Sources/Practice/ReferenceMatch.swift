import WhiteboardCore

/// Which of a template's reference components and flows a user's canvas has, matched by
/// normalised label words: a component is on the canvas when some box label holds its name or
/// one of its aliases as whole words (case and punctuation ignored, plurals folded: "Feature
/// stores" is the "Feature store"); a flow A -> B is there when an arrow runs from a box
/// matching A to a box matching B. The same rule the rubric's diagram score uses. Pure.
public struct ReferenceMatch: Equatable, Sendable {
    /// Reference component names the canvas lacks, in template order.
    public var missingComponents: [String]
    /// Reference flows the canvas lacks (both ends named by components), in template order.
    public var missingFlows: [Flow]
    /// For each component name present, the ids of the user's boxes that name it.
    public var boxes: [String: [String]]

    public init(missingComponents: [String], missingFlows: [Flow], boxes: [String: [String]]) {
        self.missingComponents = missingComponents; self.missingFlows = missingFlows; self.boxes = boxes
    }

    /// Compares `canvas` with the reference architecture of `template`.
    public static func compare(_ canvas: Canvas, with template: ProblemTemplate) -> ReferenceMatch {
        let labels = canvas.boxes.map { words($0.label) }
        var boxesOf: [String: [String]] = [:]
        for c in template.components {
            let phrases = c.phrases.map(words).filter { !$0.isEmpty }
            let ids = canvas.boxes.indices.filter { b in phrases.contains { contains(labels[b], $0) } }.map { canvas.boxes[$0].id }
            if !ids.isEmpty { boxesOf[c.name.lowercased()] = ids }
        }
        let edges = Set(canvas.arrows.map { "\($0.from)\u{0}\($0.to)" })
        let known = Set(template.components.map { $0.name.lowercased() })
        let missingFlows = template.flows.filter { f in
            guard known.contains(f.from.lowercased()), known.contains(f.to.lowercased()) else { return false }
            let from = boxesOf[f.from.lowercased()] ?? [], to = boxesOf[f.to.lowercased()] ?? []
            return !from.contains { a in to.contains { b in edges.contains("\(a)\u{0}\(b)") } }
        }
        var present: [String: [String]] = [:]
        for c in template.components { if let ids = boxesOf[c.name.lowercased()] { present[c.name] = ids } }
        return ReferenceMatch(missingComponents: template.components.map(\.name).filter { present[$0] == nil },
                              missingFlows: missingFlows, boxes: present)
    }

    /// "missing from yours: 3 boxes, 2 flows" (or "yours has every reference box and flow").
    public var legend: String {
        if missingComponents.isEmpty && missingFlows.isEmpty { return "yours has every reference box and flow" }
        func count(_ n: Int, _ one: String) -> String { "\(n) \(one)\(n == 1 ? "" : (one == "box" ? "es" : "s"))" }
        return "missing from yours: \(count(missingComponents.count, "box")), \(count(missingFlows.count, "flow"))"
    }

    /// A label's words: lowercased letters and digits, split at everything else, a plural
    /// "s" dropped from words longer than three letters (not from "ss").
    public static func words(_ label: String) -> [String] {
        label.lowercased().split { !($0.isLetter || $0.isNumber) }.map { w in
            let s = String(w)
            if s.count > 3 && s.hasSuffix("s") && !s.hasSuffix("ss") { return String(s.dropLast()) }
            return s
        }
    }

    /// Whether `phrase` occurs in `words` as consecutive whole words.
    static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, phrase.count <= words.count else { return false }
        return (0...(words.count - phrase.count)).contains { s in phrase.indices.allSatisfy { words[s + $0] == phrase[$0] } }
    }
}
