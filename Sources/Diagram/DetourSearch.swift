/// The way around boxes when no route with at most two elbows avoids them: a cheapest-path
/// search over the router's occupancy grid in which box cells are walls.
///
/// Cost per step: 1, plus 4 per elbow, 2 for a cell touching a box, 30 for a cell beyond the
/// routing region (the boxes' bounding box plus two cells), 40 for running along another
/// arrow, 3 for crossing one, 500 for passing over another arrow's head, and 6 when the line
/// reaches its head from the side. The search is a pure function of the geometry relative to
/// the grid, so shifting the drawing shifts the detour.
extension ArrowRouter {
    static let detourOutsideCost = 30
    static let detourHeadCost = 500

    /// The cheapest box-free polyline from `p` (the line leaves its source going `ds`) to the
    /// head cell `q` (the head points `hd`), with its cost; nil when the boxes wall it off.
    func detour(from p: GridPoint, leaving ds: Direction, to q: GridPoint, head hd: Direction) -> (vertices: [GridPoint], cost: Int)? {
        guard let start = cellIndex(p.x, p.y), let goal = cellIndex(q.x, q.y),
              boxAt[start] == 0, boxAt[goal] == 0 else { return nil }
        let dirs: [Direction] = [.up, .down, .left, .right]
        func dirIndex(_ d: Direction) -> Int { d == .up ? 0 : d == .down ? 1 : d == .left ? 2 : 3 }
        let n = gw * gh
        var dist = Array(repeating: Int.max, count: n * 4)
        var back = Array(repeating: Int32(-1), count: n * 4)
        var heap = StateHeap()
        let s0 = start * 4 + dirIndex(ds)
        dist[s0] = stepCost(start, arriving: ds, sameDirection: true)
        heap.push(dist[s0], s0)
        var reached: Int? = nil
        while let (d, s) = heap.pop() {
            guard d == dist[s] else { continue }
            let cell = s / 4, dir = dirs[s % 4]
            if cell == goal {
                reached = s
                break
            }
            let cx = cell % gw, cy = cell / gw
            for (k, nd) in dirs.enumerated() where nd != dir.opposite {
                let nx = cx + nd.dx, ny = cy + nd.dy
                guard nx >= 0, ny >= 0, nx < gw, ny < gh else { continue }
                let ni = ny * gw + nx
                guard boxAt[ni] == 0 else { continue }
                var c = d + stepCost(ni, arriving: nd, sameDirection: nd == dir)
                if ni == goal && nd != hd { c += ArrowRouter.endTurnCost }
                let ns = ni * 4 + k
                if c < dist[ns] {
                    dist[ns] = c
                    back[ns] = Int32(s)
                    heap.push(c, ns)
                }
            }
        }
        guard let end = reached else { return nil }
        var cells: [GridPoint] = []
        var s = end
        while s >= 0 {
            let cell = s / 4
            cells.append(GridPoint(x: cell % gw + ox, y: cell / gw + oy))
            s = Int(back[s])
        }
        cells.reverse()
        var vertices: [GridPoint] = [cells[0]]
        for i in 1..<max(1, cells.count) {
            let a = vertices.count >= 2 ? vertices[vertices.count - 2] : nil
            let b = vertices[vertices.count - 1], c = cells[i]
            if let a, (a.x == b.x && b.x == c.x) || (a.y == b.y && b.y == c.y) {
                vertices[vertices.count - 1] = c
            } else {
                vertices.append(c)
            }
        }
        if vertices.count == 1 { vertices.append(vertices[0]) }
        return (vertices, dist[end])
    }

    /// The price of entering cell `i` moving `d`.
    private func stepCost(_ i: Int, arriving d: Direction, sameDirection: Bool) -> Int {
        var c = 1
        if !sameDirection { c += ArrowRouter.elbowCost }
        let x = i % gw + ox, y = i / gw + oy
        if x < rMinX || x > rMaxX || y < rMinY || y > rMaxY { c += ArrowRouter.detourOutsideCost }
        if touchesBox(i) { c += ArrowRouter.boxPenalty }
        let arms = lineArms[i]
        if arms == 15 { c += ArrowRouter.detourHeadCost } else if arms != 0 {
            let along = d.isHorizontal ? LineArms.horizontal.rawValue : LineArms.vertical.rawValue
            c += (arms & along) != 0 ? ArrowRouter.overlapPenalty : ArrowRouter.crossPenalty
        }
        return c
    }

    private func touchesBox(_ i: Int) -> Bool {
        let x = i % gw, y = i / gw
        return (x > 0 && boxAt[i - 1] != 0) || (x < gw - 1 && boxAt[i + 1] != 0)
            || (y > 0 && boxAt[i - gw] != 0) || (y < gh - 1 && boxAt[i + gw] != 0)
    }

    /// Whether any cell of the polyline lies in a box.
    func crossesBox(_ v: [GridPoint]) -> Bool {
        guard let first = v.first else { return false }
        var cur = first
        func inBox(_ p: GridPoint) -> Bool { cellIndex(p.x, p.y).map { boxAt[$0] != 0 } ?? false }
        if inBox(cur) { return true }
        for q in v.dropFirst() {
            let dx = q.x > cur.x ? 1 : (q.x < cur.x ? -1 : 0), dy = q.y > cur.y ? 1 : (q.y < cur.y ? -1 : 0)
            while cur != q {
                cur = GridPoint(x: cur.x + dx, y: cur.y + dy)
                if inBox(cur) { return true }
            }
        }
        return false
    }
}

/// A binary min-heap of (cost, state) pairs; ties go to the smaller state, so the search is
/// deterministic.
struct StateHeap {
    private var items: [(cost: Int, state: Int)] = []

    private static func less(_ a: (cost: Int, state: Int), _ b: (cost: Int, state: Int)) -> Bool {
        a.cost != b.cost ? a.cost < b.cost : a.state < b.state
    }

    mutating func push(_ cost: Int, _ state: Int) {
        items.append((cost, state))
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard StateHeap.less(items[i], items[parent]) else { break }
            items.swapAt(i, parent)
            i = parent
        }
    }

    mutating func pop() -> (Int, Int)? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < items.count && StateHeap.less(items[l], items[m]) { m = l }
                if r < items.count && StateHeap.less(items[r], items[m]) { m = r }
                if m == i { break }
                items.swapAt(i, m)
                i = m
            }
        }
        return (top.cost, top.state)
    }
}
