import WhiteboardCore

/// Scores a canvas against a problem's expected components and flows.
///
/// A component is present when some box label contains its name or an alias as whole words
/// (case-insensitive, plurals folded). A flow A -> B is present when an arrow runs from a box
/// matching A to a box matching B. Score = half the share of components present plus half the
/// share of flows present (components alone when the template lists no flows), rounded.
struct DiagramRubric: Sendable {
    private let components: [Component]
    private let flows: [Flow]
    private let phrases: [[[String]]]

    init(template: ProblemTemplate) {
        components = template.components
        flows = template.flows
        phrases = template.components.map { c in c.phrases.map(Tokenizer.phraseWords).filter { !$0.isEmpty } }
    }

    func score(_ canvas: Canvas) -> DiagramScore {
        guard !components.isEmpty else { return DiagramScore(score: 0, missingComponents: [], missingFlows: []) }
        let labels = canvas.boxes.map { b -> [String] in
            let scalars = Array(b.label.unicodeScalars)
            return Tokenizer.words(scalars, 0..<scalars.count).map { Tokenizer.normalize($0.bytes) }
        }
        // boxesOf[c] = indices of boxes whose label names component c.
        let boxesOf: [Set<Int>] = phrases.map { options in
            Set(labels.indices.filter { b in options.contains { contains(labels[b], $0) } })
        }
        let boxIndex = Dictionary(canvas.boxes.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        let edges = Set(canvas.arrows.compactMap { a -> Edge? in
            guard let f = boxIndex[a.from], let t = boxIndex[a.to] else { return nil }
            return Edge(from: f, to: t)
        })
        let componentIndex = Dictionary(components.enumerated().map { ($0.element.name.lowercased(), $0.offset) }, uniquingKeysWith: { a, _ in a })
        let missingComponents = components.indices.filter { boxesOf[$0].isEmpty }.map { components[$0].name }
        let missingFlows = flows.filter { flow in
            guard let a = componentIndex[flow.from.lowercased()], let b = componentIndex[flow.to.lowercased()] else { return true }
            return !boxesOf[a].contains { f in boxesOf[b].contains { t in edges.contains(Edge(from: f, to: t)) } }
        }.map { "\($0.from) -> \($0.to)" }
        let componentShare = Double(components.count - missingComponents.count) / Double(components.count)
        let value: Double
        if flows.isEmpty {
            value = componentShare
        } else {
            value = 0.5 * componentShare + 0.5 * Double(flows.count - missingFlows.count) / Double(flows.count)
        }
        return DiagramScore(score: Int((value * 100).rounded()), missingComponents: missingComponents, missingFlows: missingFlows)
    }

    private struct Edge: Hashable { var from: Int; var to: Int }

    private func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard phrase.count <= words.count else { return false }
        return (0...(words.count - phrase.count)).contains { s in phrase.indices.allSatisfy { words[s + $0] == phrase[$0] } }
    }
}
