import Diagram
import TextMetrics
import WhiteboardCore

/// A problem template's reference architecture (its `components` and `flows`) as a canvas,
/// placed in layers from left to right: each component one column right of the furthest
/// component that flows into it, flows that close a cycle (a retraining loop back to the
/// model) left out of the layering but still drawn. The Diagram target's router draws the
/// arrows. Pure.
public enum ReferenceDiagram {
    /// Narrowest box.
    public static let minimumWidth = 12
    /// Labels wider than this are broken over two lines at the space nearest their middle.
    public static let wrapWidth = 14

    /// A component name as a box label: one line, or two when it is wider than `wrapWidth`.
    public static func label(_ name: String) -> String {
        guard DisplayWidth.of(name) > wrapWidth else { return name }
        let words = name.split(separator: " ").map(String.init)
        guard words.count > 1 else { return name }
        let best = (1..<words.count).min { a, b in
            func widest(_ k: Int) -> Int { max(DisplayWidth.of(words[..<k].joined(separator: " ")), DisplayWidth.of(words[k...].joined(separator: " "))) }
            return (widest(a), a) < (widest(b), b)
        }!
        return words[..<best].joined(separator: " ") + "\n" + words[best...].joined(separator: " ")
    }

    /// Spacing of one candidate placement.
    struct Spacing: Equatable {
        /// Empty columns between two layers: room for arrows to turn and to run back.
        var columnGap: Int
        /// Empty rows between two boxes of one layer.
        var rowGap: Int
        /// Rows every other layer is moved down by, so long arrows find their own track.
        var stagger: Int
    }

    /// The placements tried, tightest first.
    static let spacings: [Spacing] = [2, 4].flatMap { row in [0, 2, 4].flatMap { stagger in [5, 8, 12].map { Spacing(columnGap: $0, rowGap: row, stagger: stagger) } } }

    /// The canvas: one box per component (id `c<n>`, kind from the template), one arrow per
    /// flow whose ends both name components (id `f<n>`). Of a few spacings, the one whose
    /// drawing reads back with the most flows intact (then fewest arrows sharing cells, then
    /// the narrowest) is kept.
    public static func canvas(for template: ProblemTemplate) -> Canvas {
        var best: (key: [Int], canvas: Canvas)?
        for spacing in spacings {
            let c = canvas(for: template, spacing: spacing)
            let layout = DiagramLayout(canvas: c)
            let lost = c.arrows.count - readBack(c)
            let crossing = layout.routes.filter(\.crossesBoxes).count
            let sharing = layout.routes.filter(\.overlapsArrows).count
            let key = [lost, crossing, sharing, layout.bounds.width + layout.bounds.height]
            if best == nil || key.lexicographicallyPrecedes(best!.key) { best = (key, c) }
            if lost == 0 && crossing == 0 && sharing == 0 { break }
        }
        return best?.canvas ?? Canvas()
    }

    /// How many of the canvas's arrows are found again, between the same labels, when its
    /// drawing is parsed back.
    static func readBack(_ canvas: Canvas) -> Int {
        let parsed = DiagramText.parse(DiagramText.render(canvas, style: .single))
        func flat(_ s: String) -> String { s.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let label = Dictionary(parsed.boxes.map { ($0.id, flat($0.label)) }, uniquingKeysWith: { a, _ in a })
        let drawn = Set(parsed.arrows.map { "\(label[$0.from] ?? "") -> \(label[$0.to] ?? "")" })
        let names = Dictionary(canvas.boxes.map { ($0.id, flat($0.label)) }, uniquingKeysWith: { a, _ in a })
        return canvas.arrows.filter { drawn.contains("\(names[$0.from] ?? "") -> \(names[$0.to] ?? "")") }.count
    }

    static func canvas(for template: ProblemTemplate, spacing: Spacing) -> Canvas {
        let names = template.components.map(\.name)
        let index = Dictionary(names.enumerated().map { ($0.element.lowercased(), $0.offset) }, uniquingKeysWith: { a, _ in a })
        let edges = template.flows.compactMap { f -> (Int, Int)? in
            guard let a = index[f.from.lowercased()], let b = index[f.to.lowercased()] else { return nil }
            return (a, b)
        }
        let layers = layerOrder(count: names.count, edges: edges.filter { $0.0 != $0.1 })

        var boxes = [Box?](repeating: nil, count: names.count)
        let tallest = layers.map(\.count).max() ?? 0
        var x = 0
        let labels = names.map(label)
        let lines = labels.map { $0.split(separator: "\n").map(String.init) }
        let height = (lines.map(\.count).max() ?? 1) + 2
        for (l, layer) in layers.enumerated() {
            let width = layer.map { max(minimumWidth, (lines[$0].map { DisplayWidth.of($0) }.max() ?? 0) + 4) }.max() ?? minimumWidth
            let pitch = height + spacing.rowGap
            let top = (tallest - layer.count) * pitch / 2 + (l % 2 == 1 ? spacing.stagger : 0)
            for (row, c) in layer.enumerated() {
                boxes[c] = Box(id: "c\(c + 1)", x: x, y: top + row * pitch, width: width, height: height,
                               label: labels[c], kind: template.components[c].kind)
            }
            x += width + spacing.columnGap
        }
        let arrows = edges.enumerated().map { i, e in Arrow(id: "f\(i + 1)", from: "c\(e.0 + 1)", to: "c\(e.1 + 1)") }
        return Canvas(boxes: boxes.compactMap { $0 }, arrows: arrows)
    }

    /// The components (by index) in each layer, left to right, each layer ordered top to bottom.
    static func layerOrder(count: Int, edges: [(Int, Int)]) -> [[Int]] {
        guard count > 0 else { return [] }
        // Order the components so that few flows point backwards (Eades, Lin and Smyth's greedy
        // heuristic): sinks go to the right end, sources to the left, else the component with the
        // most outgoing minus incoming flows, ties in template order. Flows pointing backwards in
        // that order close a cycle (a retraining loop) and are not used for layering.
        var remaining = Set(0..<count)
        var left: [Int] = [], right: [Int] = []
        func outs(_ v: Int) -> Int { edges.filter { $0.0 == v && remaining.contains($0.1) }.count }
        func ins(_ v: Int) -> Int { edges.filter { $0.1 == v && remaining.contains($0.0) }.count }
        while !remaining.isEmpty {
            if let sink = remaining.sorted().first(where: { outs($0) == 0 }) {
                right.insert(sink, at: 0); remaining.remove(sink); continue
            }
            if let source = remaining.sorted().first(where: { ins($0) == 0 }) {
                left.append(source); remaining.remove(source); continue
            }
            let best = remaining.sorted().max { (outs($0) - ins($0), -$0) < (outs($1) - ins($1), -$1) }!
            left.append(best); remaining.remove(best)
        }
        var position = [Int](repeating: 0, count: count)
        for (i, v) in (left + right).enumerated() { position[v] = i }
        let forward = edges.filter { position[$0.0] < position[$0.1] }

        // Longest path from the sources: a component sits right of everything flowing into it.
        var layer = [Int](repeating: 0, count: count)
        var incoming = [Int](repeating: 0, count: count)
        var next = [[Int]](repeating: [], count: count)
        for (a, b) in forward { incoming[b] += 1; next[a].append(b) }
        var queue = (0..<count).filter { incoming[$0] == 0 }
        var head = 0
        while head < queue.count {
            let v = queue[head]; head += 1
            for w in next[v] {
                layer[w] = max(layer[w], layer[v] + 1)
                incoming[w] -= 1
                if incoming[w] == 0 { queue.append(w) }
            }
        }
        var layers = [[Int]](repeating: [], count: (layer.max() ?? 0) + 1)
        for v in 0..<count { layers[layer[v]].append(v) }

        // Order each layer by the mean row of its neighbours in the layer before, to keep
        // arrows short and uncrossed; ties keep template order.
        var row = [Int](repeating: 0, count: count)
        for (i, v) in layers[0].enumerated() { row[v] = i }
        var previous = [[Int]](repeating: [], count: count)
        for (a, b) in edges { previous[b].append(a); previous[a].append(b) }
        for l in 1..<layers.count {
            let placed = Set(layers[l - 1])
            func key(_ v: Int) -> Double {
                let ns = previous[v].filter { placed.contains($0) }
                return ns.isEmpty ? Double(row[v]) : Double(ns.map { row[$0] }.reduce(0, +)) / Double(ns.count)
            }
            layers[l] = layers[l].enumerated().sorted { (key($0.element), $0.offset) < (key($1.element), $1.offset) }.map(\.element)
            for (i, v) in layers[l].enumerated() { row[v] = i }
        }
        return layers
    }
}
