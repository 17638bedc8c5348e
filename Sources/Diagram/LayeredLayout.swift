import TextMetrics
import WhiteboardCore

/// Places boxes that have no positions (a diagram read from Mermaid) in layers from left to
/// right: every arrow goes to a later layer where the graph allows (cycles are broken where a
/// depth-first walk finds them), boxes in a layer are ordered to keep arrows straight
/// (barycentre sweeps), layers are spaced to fit the arrow labels, and no two boxes overlap.
/// Arrows are then drawn by the ordinary router.
public enum LayeredLayout {
    /// One box to place: its label (which sets its size) and kind.
    public struct Node: Equatable, Sendable {
        public var label: String
        public var kind: String?
        public init(label: String, kind: String? = nil) { self.label = label; self.kind = kind }
    }

    /// Cells between layers when no arrow label needs more.
    public static let layerGap = 8
    /// Blank rows between boxes in one layer.
    public static let rowGap = 2

    /// Boxes `b1`, `b2`, … for `nodes`, in the same order, placed for `edges` (index pairs;
    /// `labels[i]` is the label of edge `i`, nil for none).
    public static func place(_ nodes: [Node], edges: [(from: Int, to: Int)], labels: [String?] = []) -> [Box] {
        let n = nodes.count
        guard n > 0 else { return [] }
        var out: [[Int]] = Array(repeating: [], count: n)
        for e in edges where e.from != e.to && nodes.indices.contains(e.from) && nodes.indices.contains(e.to) {
            out[e.from].append(e.to)
        }
        // Break cycles: edges that go back to a node on the current depth-first path are ignored.
        var state = Array(repeating: 0, count: n)   // 0 new, 1 on path, 2 done
        var forward: [[Int]] = Array(repeating: [], count: n)
        for root in 0..<n where state[root] == 0 {
            var stack: [(Int, Int)] = [(root, 0)]
            state[root] = 1
            while let (v, k) = stack.last {
                if k < out[v].count {
                    stack[stack.count - 1].1 += 1
                    let w = out[v][k]
                    if state[w] == 1 { continue }
                    forward[v].append(w)
                    if state[w] == 0 { state[w] = 1; stack.append((w, 0)) }
                } else {
                    state[v] = 2
                    stack.removeLast()
                }
            }
        }
        // Longest path layering over the acyclic edges.
        var indegree = Array(repeating: 0, count: n)
        for v in 0..<n { for w in forward[v] { indegree[w] += 1 } }
        var layer = Array(repeating: 0, count: n)
        var queue = (0..<n).filter { indegree[$0] == 0 }
        var qi = 0
        while qi < queue.count {
            let v = queue[qi]; qi += 1
            for w in forward[v] {
                layer[w] = max(layer[w], layer[v] + 1)
                indegree[w] -= 1
                if indegree[w] == 0 { queue.append(w) }
            }
        }
        let layerCount = (layer.max() ?? 0) + 1
        var layers: [[Int]] = Array(repeating: [], count: layerCount)
        for v in 0..<n { layers[layer[v]].append(v) }

        // Barycentre ordering, a few sweeps each way.
        var neighbours: [[Int]] = Array(repeating: [], count: n)
        for v in 0..<n { for w in out[v] { neighbours[v].append(w); neighbours[w].append(v) } }
        var slot = Array(repeating: 0, count: n)
        func number() { for l in layers { for (i, v) in l.enumerated() { slot[v] = i } } }
        number()
        for sweep in 0..<6 {
            let order = sweep % 2 == 0 ? Array(1..<max(1, layerCount)) : Array((0..<max(0, layerCount - 1)).reversed())
            for l in order {
                let side = sweep % 2 == 0 ? l - 1 : l + 1
                func centre(_ v: Int) -> Double {
                    let ns = neighbours[v].filter { layer[$0] == side }
                    return ns.isEmpty ? Double(slot[v]) : Double(ns.map { slot[$0] }.reduce(0, +)) / Double(ns.count)
                }
                layers[l] = layers[l].enumerated().sorted { (centre($0.element), $0.offset) < (centre($1.element), $1.offset) }.map(\.element)
                number()
            }
        }

        // Sizes, then columns and rows.
        let sizes = nodes.map { node -> (w: Int, h: Int) in
            let lines = node.label.split(separator: "\n", omittingEmptySubsequences: false).map { DisplayWidth.of(String($0)) }
            return (max(5, (lines.max() ?? 0) + 4), max(3, lines.count + 2))
        }
        let rowHeight = (sizes.map(\.h).max() ?? 3) + rowGap
        var x = 0
        var boxes = Array(repeating: Box(id: "", x: 0, y: 0, width: 1, height: 1, label: ""), count: n)
        for (l, members) in layers.enumerated() {
            let colWidth = members.map { sizes[$0].w }.max() ?? 0
            for (i, v) in members.enumerated() {
                let y = i * rowHeight + (rowHeight - rowGap - sizes[v].h) / 2
                boxes[v] = Box(id: "b\(v + 1)", x: x + (colWidth - sizes[v].w) / 2, y: y, width: sizes[v].w, height: sizes[v].h,
                               label: nodes[v].label, kind: nodes[v].kind)
            }
            var longest = 0
            for (i, e) in edges.enumerated() where nodes.indices.contains(e.from) && layer[e.from] == l {
                if i < labels.count, let label = labels[i] { longest = max(longest, DisplayWidth.of(label)) }
            }
            x += colWidth + max(layerGap, longest + 6)
        }
        return boxes
    }
}
